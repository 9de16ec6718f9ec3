"""The user guide's cells, run by ovbpclient 1.5.2 in its own environment (never imports this repository).

Usage: python guide_cells.py URL AUTH_PATH ORGANIZATION_NAME WORK_DIR_PATH
The cells are the guide's, in order, with four differences only: the client is given the sandbox's
URL, `time` is imported (the guide uses it without importing it), the old client's one known
bug is worked around (its `Gate.attach_internal_ftp_account` calls a method `GateFtpAccount` lacks;
the wire action `attach_new_oftp_account` is called instead), and the guide's two scripts are read
from ovbp_facade/guide_scripts.py (by path: that file holds only the two strings, and this repository
is not installed here). The last line printed is a JSON summary of the guide's values, which the test
checks.
"""

import datetime as dt
import json
import logging
import os
import pprint
import runpy
import sys
import time

import pandas as pd
from ovbpclient import Client, RecordDoesNotExistError

URL, AUTH_PATH, ORGANIZATION_NAME, WORK_DIR_PATH = sys.argv[1:5]
GUIDE_SCRIPTS = runpy.run_path(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "ovbp_facade", "guide_scripts.py")
)

logging.basicConfig(level=logging.INFO)

client = Client(AUTH_PATH, url=URL)

organization = client.get_organization(ORGANIZATION_NAME)
project_name = "Ovbpclient documentation"
try:
    project = organization.get_project(project_name)
except RecordDoesNotExistError:
    project = organization.create_project(project_name)

print(project)
print()
pprint.pprint(project.data)

project = client.get_project(ORGANIZATION_NAME, project_name)

gate_name = "gate"
try:
    gate = project.get_gate(gate_name)
except RecordDoesNotExistError:
    gate = project.create_gate(gate_name, comment="documentation gate")
    # the guide calls gate.attach_internal_ftp_account(), which in 1.5.2 wraps the create answer's account
    # id as a record, as here, then calls a method the record lacks (the old client's one known bug)
    client.gate_ftp_accounts.data_to_record({"id": gate.ftp_account}).attach_new_oftp_account()
    gate.reload()  # the retrieve answer nests the account, which get_ftputil_client() reads

df = pd.DataFrame(
    dict(a=[1] * 24, b=[2] * 24, c=[3] * 24), index=pd.date_range("01/01/2012", periods=24, freq="H")
)
content = df.to_json()  # the guide's call, kept as written (epoch dates): this is the guide's run

with gate.get_ftputil_client() as ftp_client, ftp_client.open("first.json", "w") as f:
    f.write(content)

importer_name = "importer-a"
importer_script = GUIDE_SCRIPTS["IMPORTER_SCRIPT"]

try:
    importer = project.get_importer(importer_name)
except RecordDoesNotExistError:
    importer = project.create_importer(importer_name, comment="documentation importer")
    importer.configure(gate, parse_script=importer_script, crontab="0 0 0 1 1 *")

print(importer)
print()
pprint.pprint(importer.data)

importer.run()
if not importer.active:
    importer.activate()
importer.deactivate()

time.sleep(5)

importer_series = importer.list_all_output_series()
for se in importer_series:
    print(se)

importer_df = client.series.select_data(
    importer_series, start=dt.datetime(2012, 1, 1, 6), end=dt.datetime(2012, 1, 1, 12)
)
print(importer_df)

series_0 = importer_series[0]
series_0_se = series_0.select_data(end=dt.datetime(2012, 1, 1, 4))
print(series_0_se)

cleaner = project.get_cleaner(importer_name)
print(cleaner)
print()
pprint.pprint(cleaner.data)

for uc in cleaner.list_all_unitcleaners():
    uc.delete()

for se in cleaner.list_all_importer_series():
    cleaner.create_unitcleaner(se.name, name=f"{se.name}-cleaned", freq="1H")
unitcleaners = cleaner.list_all_unitcleaners()
for uc in unitcleaners:
    print(uc)

xlsx_path = os.path.join(WORK_DIR_PATH, f"{importer_name}.xlsx")
cleaner.export_configuration_to_excel(xlsx_path)
cleaner.configure_from_excel(xlsx_path)

time.sleep(5)

cleaner_series = cleaner.list_all_output_series()
for se in cleaner_series:
    print(se)
cleaner_df = client.series.select_data(cleaner_series, end=dt.datetime(2012, 1, 1, 4))
print(cleaner_df)

analysis_name = "analysis-a"
try:
    analysis = project.get_analysis(analysis_name)
except RecordDoesNotExistError:
    analysis = project.create_analysis(analysis_name, comment="documentation analysis")

print(analysis)
print()
pprint.pprint(analysis.data)

analysis_inputs = analysis.list_all_analysis_inputs()
if len(analysis_inputs) == 0:
    input_names = [uc.name for uc in unitcleaners if uc.name[0] in ("a", "b")]
    for name in input_names:
        analysis.create_analysis_input(cleaner, name, name)
    analysis_inputs = analysis.list_all_analysis_inputs()
for ai in analysis_inputs:
    print(ai)

analysis_outputs = analysis.list_all_analysis_outputs()
if len(analysis_outputs) == 0:
    analysis.create_analysis_output("a-output", "mean", unit="°C")
    analysis_outputs = analysis.list_all_analysis_outputs()
for ao in analysis_outputs:
    print(ao)

analysis_script = GUIDE_SCRIPTS["ANALYSIS_SCRIPT"]

if analysis.get_analysis_config() is None:
    analysis.create_analysis_config("3H", "3H", analysis_script)

analysis.reload()
pprint.pprint(analysis.data)

analysis.run()
if not analysis.active:
    analysis.activate()

time.sleep(5)

analysis_series = analysis.list_all_output_series()
analysis_df = client.series.select_data(analysis_series)
print(analysis_df)

print("Gates:")
for gate in project.list_all_gates():
    print(f"\t{gate}")

print("\nImporters:")
for importer in project.list_all_importers():
    print(f"\t{importer}")

print("\nCleaners:")
for cleaner in project.list_all_cleaners():
    print(f"\t{cleaner}")

print("\nAnalyses:")
for analysis in project.list_all_analyses():
    print(f"\t{analysis}")

print("\nNon-resolved notifications:")
for notification in project.list_all_notifications(resolved=False):
    print(f"\t{notification}")

project_series = project.list_all_series()
se_l = client.series.export_download_and_parse_data(project_series)
for se in se_l:
    print(se.name)

export_df = client.series.export_download_and_parse_data(
    project_series, out_mode="dataframe", out_freq="1H", clock="tzt"
)
print(export_df)

summary = {
    "project": repr(project),
    "importer": repr(importer),
    "importer_df": {c: importer_df[c].tolist() for c in importer_df.columns},
    "importer_df_index": [str(t) for t in importer_df.index],
    "series_0_se": series_0_se.tolist(),
    "cleaner_df": {c: cleaner_df[c].tolist() for c in cleaner_df.columns},
    "cleaner_df_index": [str(t) for t in cleaner_df.index],
    "analysis_df": {c: analysis_df[c].dropna().tolist() for c in analysis_df.columns},
    "analysis_df_index": [str(t) for t in analysis_df.dropna().index],
    # `analysis` now comes from the list answer (id); a detail answer nests the config
    "analysis_config_listed": type(analysis.data["analysisconfig"]).__name__,
    "analysis_config_detail": type(client.analyses.retrieve(analysis.id).data["analysisconfig"]).__name__,
    "gate_ftp_account": type(gate.data["ftp_account"]).__name__,
    "export_names": sorted(str(se.name) for se in se_l),
    "export_shape": list(export_df.shape),
    "gates": [repr(g) for g in project.list_all_gates()],
    "analyses": [repr(a) for a in project.list_all_analyses()],
}
print(json.dumps(summary))
