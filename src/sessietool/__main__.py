from sessietool.cli.app import main

main()
