"""What the error-listing scripts share: a gold folder's annotations, each with its text (from
the file, or for the seed's gold from seeds/), and the binary's export of those texts."""
import json, os, subprocess, tempfile


def golds_and_export(binary, folder):
    """The gold annotations of `folder` in name order, and the export's briefings by id."""
    golds = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".json"):
            g = json.load(open(os.path.join(folder, name), encoding="utf-8"))
            if "text" not in g:
                g["text"] = open(os.path.join(folder, "..", "..", "seeds", g["file"]), encoding="utf-8").read()
            golds.append(g)
    with tempfile.TemporaryDirectory() as d:
        for g in golds:
            open(os.path.join(d, g["id"] + ".txt"), "w", encoding="utf-8").write(g["text"])
        doc = json.loads(subprocess.run([binary, "export", d], capture_output=True, check=True).stdout)
    return golds, {b["id"]: b for b in doc["briefings"]}
