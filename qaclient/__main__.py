import sys

from qaclient.cli.main import main

sys.exit(main())
