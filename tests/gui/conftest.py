"""GUI tests run on Qt's offscreen platform: no display needed.

QSettings (the bench's station, idle lock, ports, language) go to a throwaway directory, so
the tests neither read nor change the settings of whoever runs them.
"""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="benchapp-test-config-")
