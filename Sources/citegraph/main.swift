import CitegraphCommands

CitegraphCommand.main()
