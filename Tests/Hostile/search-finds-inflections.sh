# case: ~ is asked for one form of a word the review writes in another (SMS vs line 1321 "SMSer", relasjon vs "relasjonene", "text messages" vs "tekstmeldinger"); every form must answer
# expect-status: 0
# expect-stdout-contains: 30,Tiltak fra skolen
# expect-stdout-contains: 16,Kommunikasjon
# expect-stdout-contains: p1703
# expect-stderr-not-contains: error
set -e
# Finding 30 (line 1321: "automatiske SMSer") through the bare acronym.
"$REVQ" --dataset "$DATASET" --format csv -c 'findings where ~ SMS show number, theme'
# Finding 16 (line 1228: "relasjoner") through the singular.
"$REVQ" --dataset "$DATASET" --format csv -c 'findings where text ~ relasjon show number, theme'
# Line 1703, "beskjeder (tekstmeldinger) til foresatte", through the thesaurus read backwards.
"$REVQ" --dataset "$DATASET" --format csv -c 'sections where text ~ "text messages" show id'
