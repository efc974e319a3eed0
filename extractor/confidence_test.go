package extractor

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/calibrate"
)

// confidenceTexts are self-written sentences of several frames and kinds.
var confidenceTexts = []string{
	"Germany pledged €500m to Ukraine.",
	"Poland: 2,500 troops",
	"Long-range missiles were supplied by Norway.",
	"Chancellor Merz met the press. He pledged €500m.",
	"26 allied countries pledged to deploy troops.",
	"Canada pledged $500 million for reconstruction.",
	"Sweden and Finland pledged $300 million together.",
	"The ministry said it would not send 200 soldiers to the border mission.",
	"Japan will deliver 12 armoured vehicles and medical supplies to the region.",
}

func TestConfidenceModel(t *testing.T) {
	e := newTestExtractor(t)
	n := 0
	for _, text := range confidenceTexts {
		cs, feats := e.ExtractWithFeatures(text)
		if len(feats) != len(cs) {
			t.Fatalf("%d feature sets for %d lines", len(feats), len(cs))
		}
		plain := e.Extract(text)
		for i, c := range cs {
			n++
			if c.Confidence < 0 || c.Confidence > 1 || math.IsNaN(c.Confidence) {
				t.Errorf("%q: confidence %v not a probability", text, c.Confidence)
			}
			if plain[i].Confidence != c.Confidence {
				t.Errorf("%q: Extract and ExtractWithFeatures disagree", text)
			}
			x := feats[i]
			if x == nil {
				t.Fatalf("%q: line %d has no features", text, i)
			}
			for _, name := range FeatureNames() {
				if _, ok := x[name]; !ok {
					t.Errorf("%q: feature %s missing", text, name)
				}
			}
			for _, r := range c.Rules {
				if sparseRule(r) && x[RulePrefix+r] != 1 {
					t.Errorf("%q: rule %s not a feature", text, r)
				}
			}
		}
	}
	if n < len(confidenceTexts) {
		t.Errorf("only %d lines from %d texts", n, len(confidenceTexts))
	}
}

// TestConfidenceModelAgreesWithFile checks that the extractor's fast path
// gives the probability of the model file, rounded to 0.01.
func TestConfidenceModelAgreesWithFile(t *testing.T) {
	e := newTestExtractor(t)
	m, err := calibrate.Parse(DefaultConfidenceModel())
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	if m.Description == "" || m.Date == "" || len(m.Features) == 0 {
		t.Errorf("embedded model lacks a description, date or features")
	}
	for _, text := range confidenceTexts {
		cs, feats := e.ExtractWithFeatures(text)
		for i, c := range cs {
			want := math.Round(m.Prob(feats[i])*100) / 100
			if math.Abs(c.Confidence-want) > 0.0100001 {
				t.Errorf("%q: confidence %.2f, model file says %.2f", text, c.Confidence, want)
			}
		}
	}
}

func TestUserConfidenceModel(t *testing.T) {
	// a model with one known feature and names this extractor does not
	// compute (they weigh nothing), as a model from other rules would have
	model := `{"format": 1, "description": "test", "date": "2026-01-01", "intercept": 0,
	  "features": [
	    {"name": "number", "mean": 0, "scale": 1, "weight": 2},
	    {"name": "some.future.feature", "mean": 0, "scale": 1, "weight": 5},
	    {"name": "rule:frame.future", "mean": 0, "scale": 1, "weight": 5},
	    {"name": "rule:other", "mean": 0, "scale": 1, "weight": 0}
	  ]}`
	e, err := New(Options{ConfidenceModel: []byte(model)})
	if err != nil {
		t.Fatal(err)
	}
	cs := e.Extract("Germany pledged €500m to Ukraine.")
	if len(cs) != 1 {
		t.Fatalf("got %d lines", len(cs))
	}
	if want := math.Round(calibrate.Sigmoid(2)*100) / 100; cs[0].Confidence != want {
		t.Errorf("confidence %.2f, want %.2f", cs[0].Confidence, want)
	}
	_, err = New(Options{ConfidenceModel: []byte(`{"format": 1, "features": [{"name": "x", "scale": -1}]}`)})
	if !errors.Is(err, calibrate.ErrModel) || !strings.Contains(err.Error(), "confidence model") {
		t.Errorf("bad model: %v, want ErrModel", err)
	}
}

// TestConfidenceKeepsLines checks that the model changes no line but its
// confidence: the same lines, in the same order, whatever the model.
func TestConfidenceKeepsLines(t *testing.T) {
	e := newTestExtractor(t)
	flat, err := New(Options{ConfidenceModel: []byte(`{"format": 1, "features": []}`)})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range confidenceTexts {
		a, b := e.Extract(text), flat.Extract(text)
		if len(a) != len(b) {
			t.Fatalf("%q: %d lines vs %d", text, len(a), len(b))
		}
		for i := range a {
			if b[i].Confidence != 0.5 {
				t.Errorf("%q: flat model gives %.2f", text, b[i].Confidence)
			}
			a[i].Confidence, b[i].Confidence = 0, 0
			if summary(a[i]) != summary(b[i]) || a[i].Start != b[i].Start {
				t.Errorf("%q: line %d differs: %s vs %s", text, i, summary(a[i]), summary(b[i]))
			}
		}
	}
}

// TestEveryLineHasFeatures guards the join of lines and features: every
// line of the written corpora must come through emit (frames_lines.go), or it
// keeps the hand-set confidence instead of a probability.
func TestEveryLineHasFeatures(t *testing.T) {
	e := newTestExtractor(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "heldout", "*", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no written corpus in testdata/heldout")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cs, feats := e.ExtractWithFeatures(string(b))
		for i, c := range cs {
			if feats[i] == nil {
				t.Errorf("%s: %s has no features", f, summary(c))
			}
		}
	}
}

// TestContextFeaturesOnDemand checks that the context features are
// computed when, and only when, the model weighs one of them or a fit
// asks for the features: a model weighing "sent.quoted" tells a quoted
// pledge from a plain one, as does the built-in model (the rules-15
// blend weighs them), a model weighing none skips them, and
// ExtractWithFeatures always returns them.
func TestContextFeaturesOnDemand(t *testing.T) {
	model := `{"format": 1, "intercept": 0,
	  "features": [{"name": "sent.quoted", "mean": 0, "scale": 1, "weight": -3}]}`
	e, err := New(Options{ConfidenceModel: []byte(model)})
	if err != nil {
		t.Fatal(err)
	}
	if !e.conf.context {
		t.Fatal("a model weighing sent.quoted does not ask for the context features")
	}
	plain := e.Extract("Germany pledged €500m to Ukraine.")
	quoted := e.Extract(`"Germany pledged €500m to Ukraine," the minister said.`)
	if len(plain) != 1 || len(quoted) != 1 {
		t.Fatalf("got %d and %d lines, want 1 and 1", len(plain), len(quoted))
	}
	if want := math.Round(calibrate.Sigmoid(-3)*100) / 100; quoted[0].Confidence != want || plain[0].Confidence != 0.5 {
		t.Errorf("confidence quoted %.2f (want %.2f), plain %.2f (want 0.50)", quoted[0].Confidence, want, plain[0].Confidence)
	}
	builtin := newTestExtractor(t)
	if !builtin.conf.context {
		t.Error("the built-in model weighs no context feature: update this test and doc.go")
	}
	base, err := New(Options{ConfidenceModel: []byte(`{"format": 1, "intercept": 0,
	  "features": [{"name": "number", "mean": 0, "scale": 1, "weight": 1}, {"name": "sent.quoted", "mean": 0, "scale": 1, "weight": 0}]}`)})
	if err != nil {
		t.Fatal(err)
	}
	if base.conf.context {
		t.Error("a model weighing no context feature asks for them")
	}
	_, feats := base.ExtractWithFeatures(`"Germany pledged €500m to Ukraine," the minister said.`)
	if len(feats) != 1 || feats[0]["sent.quoted"] != 1 {
		t.Errorf("ExtractWithFeatures: sent.quoted = %v, want 1 (features %d)", feats, len(feats))
	}
}
