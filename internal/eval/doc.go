// Package eval scores predicted commitments against hand-annotated gold
// commitments, exactly as shared/eval/score.py does: precision, recall and
// F1 per kind, for the quantified kinds (troops + money) and for all kinds,
// and status accuracy over matched lines.
//
// # Basics
//
// Both sides are JSON Lines in the annotation format of
// shared/eval/README.md. Load reads such a file into Rows (generic JSON
// objects, so that odd values score as score.py scores them); Score
// compares predictions with gold and returns a Report; Report.Format
// prints the same text as score.py.
//
// # Matching
//
// Only documents that appear in the gold file are scored. A prediction
// matches a gold line with the same doc, actor and kind when the values
// agree: equal troop numbers (or both null); for money the same currency
// and amounts within 0.5 %; equipment and support by actor and kind only.
// Troop and money predictions are matched first, so a vaguer match cannot
// take a gold line from an exact one. Predictions whose actor is not an
// ISO alpha-2 code, "EU" or "NATO" are ignored, and so are gold lines with
// "scored": false (a prediction matching one is neither right nor wrong).
// Report.Outcomes tells, for each prediction in input order, whether it
// was Right (a true positive), Wrong (a false positive), Unscored or
// Ignored: the labels the confidence model is fitted on (internal/calibrate).
//
// # Caveats
//
// The package is a port: when score.py changes, this package must change
// with it. A test runs score.py (python3) on the same files and compares
// the printed numbers.
package eval
