from shop_desktop.cli import main

raise SystemExit(main())
