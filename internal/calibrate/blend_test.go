package calibrate

import (
	"errors"
	"fmt"
	"math"
	"testing"
)

// handModels are two small models over partly different features, one
// of them standardised, both with a weighted OtherFeature.
func handModels() (a, b *Model) {
	a = &Model{Format: FormatVersion, Lines: 10, Right: 6, Lambda: 0.1, Intercept: 0.5, Features: []Feature{
		{Name: "x", Mean: 1, Scale: 2, Weight: 1.2},
		{Name: "y", Mean: 0, Scale: 1, Weight: -0.7},
		{Name: SparsePrefix + "r1", Mean: 0.3, Scale: 0.5, Weight: 0.4},
		{Name: OtherFeature, Mean: 0.5, Scale: 0.5, Weight: -0.3},
	}}
	b = &Model{Format: FormatVersion, Lines: 20, Right: 15, Lambda: 0.1, Intercept: -0.2, Features: []Feature{
		{Name: "x", Mean: 0, Scale: 1, Weight: 0.3},
		{Name: "z", Mean: 2, Scale: 4, Weight: 2},
		{Name: SparsePrefix + "r1", Mean: 0, Scale: 1, Weight: -1},
		{Name: OtherFeature, Mean: 0, Scale: 1, Weight: 0.8},
	}}
	return a, b
}

// handLines are feature sets whose sparse features both models name or
// neither does, so that the blend is the exact logit average.
var handLines = []map[string]float64{
	{},
	{"x": 1},
	{"x": -2.5, "y": 3},
	{"z": 7, SparsePrefix + "r1": 1},
	{"x": 0.4, "z": -1, SparsePrefix + "unknown": 1},
	{"y": 1, SparsePrefix + "r1": 1, SparsePrefix + "unknown": 1},
}

func logit(p float64) float64 { return math.Log(p / (1 - p)) }

func TestBlendIsLogitAverage(t *testing.T) {
	a, b := handModels()
	for _, wa := range []float64{0, 0.25, 0.5, 1} {
		m, err := Blend(a, b, wa)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Parse(mustMarshal(t, m)); err != nil {
			t.Fatalf("blend does not load: %v", err)
		}
		for i, x := range handLines {
			want := wa*logit(a.Prob(x)) + (1-wa)*logit(b.Prob(x))
			if got := logit(m.Prob(x)); math.Abs(got-want) > 1e-6 {
				t.Errorf("wa %v, line %d %v: log-odds %.6f, want %.6f", wa, i, x, got, want)
			}
		}
	}
}

func TestBlendWithItselfKeepsProbabilities(t *testing.T) {
	a, b := handModels()
	for name, m := range map[string]*Model{"a": a, "b": b} {
		for _, wa := range []float64{0, 0.3, 1} {
			bl, err := Blend(m, m, wa)
			if err != nil {
				t.Fatal(err)
			}
			for i, x := range handLines {
				if got, want := bl.Prob(x), m.Prob(x); math.Abs(got-want) > 1e-7 {
					t.Errorf("%s with itself, wa %v, line %d: %.8f, want %.8f", name, wa, i, got, want)
				}
			}
			if bl.Lines != 2*m.Lines || bl.Lambda != m.Lambda {
				t.Errorf("%s with itself: lines %d lambda %v", name, bl.Lines, bl.Lambda)
			}
		}
	}
}

func TestBlendFeatureOnlyOneModelNames(t *testing.T) {
	// b names rule:r2, a does not and counts it as OtherFeature; the blend
	// keeps only b's share for it (see Blend)
	a, b := handModels()
	b.Features = append(b.Features, Feature{Name: SparsePrefix + "r2", Mean: 0, Scale: 1, Weight: 1.5})
	m, err := Blend(a, b, 0.5)
	if err != nil {
		t.Fatal(err)
	}
	x := map[string]float64{"x": 1, SparsePrefix + "r2": 1}
	ia, wa := a.Raw()
	ib, wb := b.Raw()
	want := 0.5*(ia+wa["x"]) + 0.5*(ib+wb["x"]+wb[SparsePrefix+"r2"])
	if got := logit(m.Prob(x)); math.Abs(got-want) > 1e-6 {
		t.Errorf("log-odds %.6f, want %.6f", got, want)
	}
	if last := m.Features[len(m.Features)-1].Name; last != OtherFeature {
		t.Errorf("last feature %q, want %q", last, OtherFeature)
	}
}

func TestBlendRejectsWeight(t *testing.T) {
	a, b := handModels()
	for _, wa := range []float64{-0.1, 1.01, math.NaN(), math.Inf(1)} {
		if _, err := Blend(a, b, wa); !errors.Is(err, ErrBlend) {
			t.Errorf("weight %v: err %v, want ErrBlend", wa, err)
		}
	}
}

func TestShiftForQueue(t *testing.T) {
	a, _ := handModels()
	// 20 lines spread along x: distinct log-odds
	var lines []Line
	for i := range 20 {
		lines = append(lines, Line{X: map[string]float64{"x": float64(i) / 3}, Right: i%3 != 0, Weight: float64(1 + i%2), Group: fmt.Sprint(i)})
	}
	tests := []struct {
		share, threshold float64
		below            int
	}{
		{0.4, 0.55, 8},
		{0.05, 0.55, 1},
		{0.5, 0.5, 10},
		{0.33, 0.7, 7},   // 6.6 lines: rounds to 7
		{0.01, 0.55, 1},  // at least one line
		{0.99, 0.55, 19}, // at most all but one
	}
	for _, tt := range tests {
		m, got, err := ShiftForQueue(a, lines, tt.share, tt.threshold)
		if err != nil {
			t.Fatal(err)
		}
		below := 0
		for _, l := range lines {
			if m.Prob(l.X) < tt.threshold {
				below++
			}
		}
		if below != tt.below || got != float64(tt.below)/20 {
			t.Errorf("share %v at %v: %d lines below (reported share %v), want %d", tt.share, tt.threshold, below, got, tt.below)
		}
		// only the intercept moves: differences of log-odds are kept
		d0 := logit(m.Prob(lines[0].X)) - logit(a.Prob(lines[0].X))
		d1 := logit(m.Prob(lines[19].X)) - logit(a.Prob(lines[19].X))
		if math.Abs(d0-d1) > 1e-6 || m.Features[0] != a.Features[0] {
			t.Errorf("share %v: features changed (shifts %.6f and %.6f)", tt.share, d0, d1)
		}
	}
	if a.Intercept != 0.5 {
		t.Errorf("ShiftForQueue changed its argument: intercept %v", a.Intercept)
	}
}

func TestShiftForQueueTies(t *testing.T) {
	// ten lines with the same features stay together: a share that would
	// split them cannot be met and the share met says so
	a, _ := handModels()
	var lines []Line
	for range 10 {
		lines = append(lines, Line{X: map[string]float64{"x": 1}})
	}
	lines = append(lines, Line{X: map[string]float64{"x": 5}}, Line{X: map[string]float64{"x": 6}})
	_, got, err := ShiftForQueue(a, lines, 0.25, 0.55)
	if err != nil {
		t.Fatal(err)
	}
	if got != 0 && got != 10.0/12 {
		t.Errorf("share met %v, want 0 or 10/12", got)
	}
}

func TestShiftForQueueRejects(t *testing.T) {
	a, _ := handModels()
	two := []Line{{X: map[string]float64{"x": 1}}, {X: map[string]float64{"x": 2}}}
	tests := []struct {
		name             string
		lines            []Line
		share, threshold float64
	}{
		{"share 0", two, 0, 0.55},
		{"share 1", two, 1, 0.55},
		{"share negative", two, -0.2, 0.55},
		{"share NaN", two, math.NaN(), 0.55},
		{"threshold 1", two, 0.4, 1},
		{"threshold 0", two, 0.4, 0},
		{"one line", two[:1], 0.4, 0.55},
		{"no lines", nil, 0.4, 0.55},
	}
	for _, tt := range tests {
		if _, _, err := ShiftForQueue(a, tt.lines, tt.share, tt.threshold); !errors.Is(err, ErrBlend) {
			t.Errorf("%s: err %v, want ErrBlend", tt.name, err)
		}
	}
}

func mustMarshal(t *testing.T, m *Model) []byte {
	t.Helper()
	b, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCrossValidateThen(t *testing.T) {
	lines := synthetic(600, 5)
	opt := Options{Dense: []string{"a", "b"}}
	plain, err := CrossValidate(lines, 4, opt)
	if err != nil {
		t.Fatal(err)
	}
	same, err := CrossValidateThen(lines, 4, opt, nil)
	if err != nil {
		t.Fatal(err)
	}
	// each fold's model shifted for a 40% queue on its own training lines
	shifted, err := CrossValidateThen(lines, 4, opt, func(m *Model, train []Line) (*Model, error) {
		if len(train) >= len(lines) {
			t.Errorf("then got %d training lines, want a fold's (fewer than %d)", len(train), len(lines))
		}
		s, _, err := ShiftForQueue(m, train, 0.4, 0.55)
		return s, err
	})
	if err != nil {
		t.Fatal(err)
	}
	below := 0
	for i := range lines {
		if same[i] != plain[i] {
			t.Fatalf("line %d: nil then gives %v, CrossValidate %v", i, same[i], plain[i])
		}
		if shifted[i] < 0.55 {
			below++
		}
	}
	if share := float64(below) / float64(len(lines)); share < 0.3 || share > 0.5 {
		t.Errorf("out of sample %.2f of the lines below 0.55, want about 0.4", share)
	}
	if _, err := CrossValidateThen(lines, 4, opt, func(*Model, []Line) (*Model, error) { return nil, ErrBlend }); !errors.Is(err, ErrBlend) {
		t.Errorf("then's error: got %v", err)
	}
}
