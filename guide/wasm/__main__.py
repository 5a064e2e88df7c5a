"""python -m guide.wasm snippets.chapter.example ...: run examples under the runtime."""

import sys

from guide.wasm import main

sys.exit(main())
