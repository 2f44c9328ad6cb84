from frameworkqda.cli import main

raise SystemExit(main())
