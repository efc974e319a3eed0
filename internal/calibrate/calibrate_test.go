package calibrate

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// synthetic draws n lines from a known logistic model over two dense
// features and one sparse indicator.
func synthetic(n int, seed uint64) []Line {
	r := rand.New(rand.NewPCG(seed, 1))
	lines := make([]Line, n)
	for i := range lines {
		a, b := r.NormFloat64(), r.Float64()*4
		x := map[string]float64{"a": a, "b": b}
		z := -1 + 2*a - 0.5*b
		if r.IntN(3) == 0 {
			x[SparsePrefix+"flag"] = 1
			z += 1.5
		}
		lines[i] = Line{X: x, Right: r.Float64() < Sigmoid(z), Group: fmt.Sprintf("doc%d", i%50)}
	}
	return lines
}

func TestFitRecoversWeights(t *testing.T) {
	lines := synthetic(20000, 7)
	m, err := Fit(lines, Options{Dense: []string{"a", "b"}, Lambda: 1e-6, MinCount: 5})
	if err != nil {
		t.Fatal(err)
	}
	intercept, w := m.Raw()
	want := map[string]float64{"a": 2, "b": -0.5, SparsePrefix + "flag": 1.5}
	for name, v := range want {
		if math.Abs(w[name]-v) > 0.15 {
			t.Errorf("weight of %s = %.3f, want %.2f", name, w[name], v)
		}
	}
	if math.Abs(intercept+1) > 0.15 {
		t.Errorf("intercept = %.3f, want -1", intercept)
	}
	if m.Lines != len(lines) || m.Features[len(m.Features)-1].Name != OtherFeature {
		t.Errorf("lines %d, last feature %q", m.Lines, m.Features[len(m.Features)-1].Name)
	}
}

func TestFitDeterministic(t *testing.T) {
	lines := synthetic(2000, 3)
	opt := Options{Dense: []string{"a", "b"}, Description: "synthetic", Date: "2026-01-01"}
	var first []byte
	for range 3 {
		m, err := Fit(lines, opt)
		if err != nil {
			t.Fatal(err)
		}
		b, err := m.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = b
		} else if !bytes.Equal(first, b) {
			t.Fatal("two fits of the same lines differ")
		}
	}
}

func TestFitRegularises(t *testing.T) {
	// a feature that separates the labels perfectly: without a penalty
	// the weight would grow without bound
	var lines []Line
	for i := range 40 {
		lines = append(lines, Line{X: map[string]float64{"a": float64(i % 2)}, Right: i%2 == 1})
	}
	m, err := Fit(lines, Options{Dense: []string{"a"}, Lambda: 0.1})
	if err != nil {
		t.Fatal(err)
	}
	if p := m.Prob(map[string]float64{"a": 1}); p < 0.7 || p > 0.999 {
		t.Errorf("p = %.3f, want high but finite", p)
	}
	if _, err := Fit(nil, Options{}); !errors.Is(err, ErrFit) {
		t.Errorf("Fit(nil) = %v, want ErrFit", err)
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, err := Fit(synthetic(500, 5), Options{Dense: []string{"a", "b"}, Description: "round trip", Date: "2026-01-02"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := m2.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Errorf("model changed in a round trip:\n%s\n%s", b, b2)
	}
	x := map[string]float64{"a": 0.3, "b": 1, SparsePrefix + "flag": 1}
	if m.Prob(x) != m2.Prob(x) {
		t.Error("probabilities differ after a round trip")
	}
	// Raw weights give the same probability as standardised ones
	ic, w := m.Raw()
	z := ic
	for k, v := range x {
		z += w[k] * v
	}
	if math.Abs(Sigmoid(z)-m.Prob(x)) > 1e-9 {
		t.Errorf("raw %.6f != standardised %.6f", Sigmoid(z), m.Prob(x))
	}
}

func TestParseRejects(t *testing.T) {
	for _, bad := range []string{
		`not json`,
		`{"format": 99}`,
		`{"format": 1, "features": [{"name": "a", "scale": 0}]}`,
		`{"format": 1, "features": [{"name": "a", "scale": 1}, {"name": "a", "scale": 1}]}`,
		`{"format": 1, "features": [{"name": "", "scale": 1}]}`,
	} {
		if _, err := Parse([]byte(bad)); !errors.Is(err, ErrModel) {
			t.Errorf("Parse(%s) = %v, want ErrModel", bad, err)
		}
	}
}

func TestUnknownSparseFeaturesCountAsOther(t *testing.T) {
	m := &Model{Format: FormatVersion, Features: []Feature{
		{Name: SparsePrefix + "known", Scale: 1, Weight: 1},
		{Name: OtherFeature, Scale: 1, Weight: -2},
	}}
	known := m.Prob(map[string]float64{SparsePrefix + "known": 1})
	unknown := m.Prob(map[string]float64{SparsePrefix + "new.rule": 1, SparsePrefix + "newer.rule": 1})
	if math.Abs(known-Sigmoid(1)) > 1e-12 || math.Abs(unknown-Sigmoid(-2)) > 1e-12 {
		t.Errorf("known %.4f unknown %.4f", known, unknown)
	}
	// dense features the model does not name weigh nothing
	if p := m.Prob(map[string]float64{"unnamed": 5}); p != 0.5 {
		t.Errorf("p = %.3f, want 0.5", p)
	}
}

func TestCrossValidate(t *testing.T) {
	lines := synthetic(1000, 11)
	opt := Options{Dense: []string{"a", "b"}}
	p, err := CrossValidate(lines, 5, opt)
	if err != nil {
		t.Fatal(err)
	}
	right := make([]bool, len(lines))
	for i, l := range lines {
		right[i] = l.Right
	}
	if auc := AUC(p, right); auc < 0.75 {
		t.Errorf("cross-validated AUC %.3f, want ≥ 0.75", auc)
	}
	if _, err := CrossValidate(lines, 500, opt); !errors.Is(err, ErrFit) {
		t.Errorf("more folds than documents: %v", err)
	}
}

func TestReportFigures(t *testing.T) {
	p := []float64{0.1, 0.3, 0.5, 0.7, 0.9, 0.95, 1}
	right := []bool{false, false, true, false, true, true, true}
	bands := Reliability(p, right)
	if len(bands) != 5 || bands[4].Lines != 3 || bands[4].Right != 3 || bands[0].Lines != 1 || bands[0].Right != 0 {
		t.Errorf("bands = %+v", bands)
	}
	q := QueueAt(p, right, 0.6)
	if q.Queued != 3 || q.Caught != 2 || q.Wrong != 3 {
		t.Errorf("queue = %+v", q)
	}
	if prec, n := AtLeast(p, right, 0.8); n != 3 || prec != 1 {
		t.Errorf("AtLeast = %.2f, %d", prec, n)
	}
	var b strings.Builder
	if err := WriteReport(&b, "title", p, right, 0.6); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "[0.8, 1.0]      3      3      1.000") || !strings.Contains(b.String(), "2 of 3 wrong lines caught") {
		t.Errorf("report:\n%s", b.String())
	}
}

// TestWrongWeight checks that weighting the wrong lines shifts the odds
// by that weight: with no features, the model's probability is the share
// of right lines when each wrong one counts WrongWeight times.
func TestWrongWeight(t *testing.T) {
	var lines []Line
	for i := range 40 {
		lines = append(lines, Line{X: map[string]float64{}, Right: i%4 != 0, Group: fmt.Sprintf("doc%d", i%8)})
	}
	for _, tt := range []struct {
		weight float64
		want   float64 // 30 right, 10 wrong
	}{
		{0, 30.0 / 40},
		{1, 30.0 / 40},
		{2, 30.0 / 50},
		{3, 30.0 / 60},
	} {
		m, err := Fit(lines, Options{Exclude: []string{SparsePrefix}, WrongWeight: tt.weight})
		if err != nil {
			t.Fatal(err)
		}
		if p := m.Prob(map[string]float64{}); math.Abs(p-tt.want) > 1e-6 {
			t.Errorf("wrong weight %g: probability %.4f, want %.4f", tt.weight, p, tt.want)
		}
		recorded := tt.weight
		if recorded == 1 {
			recorded = 0 // the default is not written
		}
		if m.WrongWeight != recorded {
			t.Errorf("wrong weight %g: model records %g", tt.weight, m.WrongWeight)
		}
	}
}
