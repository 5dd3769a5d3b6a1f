# case: as a user other than root, chmod 000 on the dataset's schema/ made revq say the folder has no schema/sources.tsv
# needs-root: yes
# expect-status: 1
# expect-stderr-contains: cannot open the dataset folder copy/schema: Permission denied
# expect-stderr-not-contains: has no schema/sources.tsv
chmod 755 "$SCRATCH"
cp -r "$DATASET" copy
chmod 000 copy/schema
setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME="$SCRATCH/nobody" "$REVQ" --dataset copy -c sources
