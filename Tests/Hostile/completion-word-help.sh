# case: the generated completions offer 'help' (swift-argument-parser adds it), which revq refused with status 2
# expect-status: 0
# expect-stdout-contains: USAGE: revq
"$REVQ" --generate-completion-script bash | grep -q "compgen -W 'help'" || exit 3
"$REVQ" help
