import RevqREPL
print("revq")
