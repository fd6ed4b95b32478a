import sys

from sitebuild import main

sys.exit(main())
