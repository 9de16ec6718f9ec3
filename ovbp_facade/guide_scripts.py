"""The user guide's two scripts, as the guide writes them: the importer's `parse` and the analysis' `analyze`.

The one copy: the walkthrough (ovbp_facade/demo.py), the tests and the old client's run of the guide
(tests/old_client/guide_cells.py, which reads this file by path in an environment without this
package) all use these texts. Plain strings and no import, so that reading the file is enough.
"""

IMPORTER_SCRIPT = """
import pandas as pd

def parse(content_bytes, rel_path, **tools):
    return pd.read_json(content_bytes)

"""

ANALYSIS_SCRIPT = """
import pandas as pd

def analyze(df, **tools):
    return pd.DataFrame({"a-output": df.mean(axis=1)})

"""
