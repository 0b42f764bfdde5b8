from sessietool.cli.fast import main

main()
