# case: file names that are not UTF-8: -f could not read one, and .output wrote another name (U+FFFD) with status 0
# expect-status: 0
# expect-stdout-contains: f=1 output=1 files=0
# expect-stderr-contains: argument 2 ('x\xff.revq') is not UTF-8
# expect-stderr-contains: the file name holds U+FFFD
name=$(printf 'x\377.revq')
printf 'sources\n' > "$name"
"$REVQ" -f "$name" > /dev/null; f=$?
mkdir written && cd written
printf '.output \377.txt\nsources\n' | "$REVQ" > /dev/null; output=$?
echo "f=$f output=$output files=$(ls -A | wc -l)"
