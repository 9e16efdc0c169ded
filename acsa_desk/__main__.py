from acsa_desk.cli import main

raise SystemExit(main())
