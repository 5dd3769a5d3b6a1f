import RevqCore
