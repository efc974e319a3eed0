package calibrate

// Blending two fitted models and moving a model's intercept so that a
// chosen share of lines falls below the review threshold.

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

// ErrBlend is returned (wrapped) for a weight or share out of range, or
// too few lines to place a threshold among.
var ErrBlend = errors.New("calibrate: cannot blend")

// Blend returns the logit average of a and b: a line's log-odds under the
// blend are wa times its log-odds under a plus 1−wa times those under b.
// wa must be in [0, 1].
//
// The blend names every feature either model names, on raw values (mean
// 0, scale 1). A feature only one model names weighs nothing in the
// other, which is exact for dense features. For sparse ones it is exact
// when the model that does not name the feature gives OtherFeature no
// weight; otherwise that model would have counted the feature as
// OtherFeature, which the blend does only when the line also has a
// sparse feature neither model names.
//
// Lines and Right add up both models' counts; Lambda and WrongWeight are
// kept when both models share them, else zeroed. Description and Date
// are left for the caller.
func Blend(a, b *Model, wa float64) (*Model, error) {
	if !(wa >= 0 && wa <= 1) {
		return nil, fmt.Errorf("%w: weight %v: want a number from 0 to 1 (the share of the first model's log-odds)", ErrBlend, wa)
	}
	ia, ca := a.Raw()
	ib, cb := b.Raw()
	m := &Model{Format: FormatVersion, Lines: a.Lines + b.Lines, Right: a.Right + b.Right,
		Intercept: round(wa*ia + (1-wa)*ib)}
	if a.Lambda == b.Lambda {
		m.Lambda = a.Lambda
	}
	if a.WrongWeight == b.WrongWeight {
		m.WrongWeight = a.WrongWeight
	}
	var names []string
	seen := map[string]bool{}
	for _, mod := range []*Model{a, b} {
		for _, f := range mod.Features {
			if !seen[f.Name] && f.Name != OtherFeature {
				seen[f.Name] = true
				names = append(names, f.Name)
			}
		}
	}
	names = append(names, OtherFeature) // last, as Fit writes it
	for _, n := range names {
		m.Features = append(m.Features, Feature{Name: n, Mean: 0, Scale: 1, Weight: round(wa*ca[n] + (1-wa)*cb[n])})
	}
	return m, nil
}

// ShiftForQueue returns a copy of m with its intercept moved so that a
// share of the lines (each counted once, whatever its Weight) gets a
// probability below threshold: the round(share·n) lines of lowest
// log-odds fall below it, the others at or above it (lines with equal
// log-odds stay together, so ties can keep the share from being met
// exactly). It also returns the share met. share must be in (0, 1),
// threshold in (0, 1), and there must be at least two lines.
func ShiftForQueue(m *Model, lines []Line, share, threshold float64) (*Model, float64, error) {
	if !(share > 0 && share < 1) {
		return nil, 0, fmt.Errorf("%w: queue share %v: want a number between 0 and 1 (0.4 puts 40%% of the lines below the threshold)", ErrBlend, share)
	}
	if !(threshold > 0 && threshold < 1) {
		return nil, 0, fmt.Errorf("%w: threshold %v: want a probability between 0 and 1", ErrBlend, threshold)
	}
	if len(lines) < 2 {
		return nil, 0, fmt.Errorf("%w: %d lines: the queue share needs at least 2", ErrBlend, len(lines))
	}
	z := make([]float64, len(lines))
	for i, l := range lines {
		z[i] = m.dot(l.X) // log-odds without the intercept
	}
	sort.Float64s(z)
	n := len(z)
	k := min(max(int(math.Round(share*float64(n))), 1), n-1)
	// the threshold goes halfway between the k-th and (k+1)-th lowest
	logit := math.Log(threshold / (1 - threshold))
	out := *m
	out.Features = append([]Feature(nil), m.Features...)
	out.Intercept = round(logit - (z[k-1]+z[k])/2)
	below := 0
	for _, zi := range z {
		if Sigmoid(out.Intercept+zi) < threshold {
			below++
		}
	}
	return &out, float64(below) / float64(n), nil
}
