package calibrate

import (
	"fmt"
	"sort"
)

// CrossValidate returns the out-of-sample probability of each line: the
// groups (documents) are dealt into k folds in name order, and each fold
// is predicted by a model fitted on the others.
func CrossValidate(lines []Line, k int, opt Options) ([]float64, error) {
	return CrossValidateThen(lines, k, opt, nil)
}

// CrossValidateThen is CrossValidate with each fold's model passed
// through then (with the lines it was fitted on) before it predicts the
// fold: a blend or an intercept shift is then judged out of sample too.
// A nil then is CrossValidate.
func CrossValidateThen(lines []Line, k int, opt Options, then func(m *Model, train []Line) (*Model, error)) ([]float64, error) {
	var groups []string
	seen := map[string]bool{}
	for _, l := range lines {
		if !seen[l.Group] {
			seen[l.Group] = true
			groups = append(groups, l.Group)
		}
	}
	sort.Strings(groups)
	if k < 2 || k > len(groups) {
		return nil, fmt.Errorf("%w: %d folds for %d documents", ErrFit, k, len(groups))
	}
	fold := map[string]int{}
	for i, g := range groups {
		fold[g] = i % k
	}
	out := make([]float64, len(lines))
	for f := range k {
		var train []Line
		for _, l := range lines {
			if fold[l.Group] != f {
				train = append(train, l)
			}
		}
		m, err := Fit(train, opt)
		if err != nil {
			return nil, err
		}
		if then != nil {
			if m, err = then(m, train); err != nil {
				return nil, err
			}
		}
		for i, l := range lines {
			if fold[l.Group] == f {
				out[i] = m.Prob(l.X)
			}
		}
	}
	return out, nil
}
