package calibrate

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// ErrFit is returned (wrapped) when a model cannot be fitted.
var ErrFit = errors.New("calibrate: cannot fit")

// Line is one labelled line.
type Line struct {
	// X holds the features by name; absent ones are 0. Names starting
	// with SparsePrefix are indicators of an open vocabulary.
	X     map[string]float64
	Right bool
	// Weight is the line's weight in the fit; 0 means 1.
	Weight float64
	// Group is the document: cross-validation keeps a group in one fold.
	Group string
}

// Options control Fit.
type Options struct {
	// Dense names the features every model has, in order; sparse features
	// follow in name order.
	Dense []string
	// Lambda is the L2 penalty on the standardised weights (not on the
	// intercept), relative to the mean log-loss; 0 means DefaultLambda.
	Lambda float64
	// MinCount is in how many groups (documents) a sparse feature must
	// occur to get its own weight; rarer ones count as OtherFeature (a rule
	// id seen in one document describes that document, not the rule).
	// 0 means DefaultMinCount.
	MinCount int
	// Exclude leaves out the features whose names start with one of these
	// prefixes (dense or sparse; OtherFeature too with "rule:").
	Exclude []string
	// WrongWeight multiplies the weight of each wrong line (0 means 1):
	// above 1 the model leans low, by odds of WrongWeight, so that a
	// review threshold catches more of the wrong lines.
	WrongWeight float64
	// Description and Date are copied into the model.
	Description, Date string
}

// Defaults of Options.
const (
	DefaultLambda   = 0.1
	DefaultMinCount = 5
)

// Fit fits a logistic regression on lines: features standardised by
// their weighted mean and standard deviation, L2-regularised, solved by
// Newton's method (iteratively reweighted least squares). It is
// deterministic.
func Fit(lines []Line, opt Options) (*Model, error) {
	if opt.Lambda <= 0 {
		opt.Lambda = DefaultLambda
	}
	if opt.MinCount <= 0 {
		opt.MinCount = DefaultMinCount
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("%w: no lines", ErrFit)
	}
	names := vocabulary(lines, opt)
	if len(opt.Exclude) > 0 {
		names = slices.DeleteFunc(names, opt.excluded)
	}
	X := make([][]float64, len(lines))
	y := make([]float64, len(lines))
	w := make([]float64, len(lines))
	right := 0
	for i, l := range lines {
		X[i] = vectorize(l.X, names)
		if l.Right {
			y[i] = 1
			right++
		}
		w[i] = l.Weight
		if w[i] <= 0 {
			w[i] = 1
		}
		if !l.Right && opt.WrongWeight > 0 {
			w[i] *= opt.WrongWeight
		}
	}
	p := len(names)
	mean, scale := standardise(X, w, p)
	Z := make([][]float64, len(X))
	for i, x := range X {
		z := make([]float64, p+1)
		z[0] = 1
		for j := range p {
			z[j+1] = (x[j] - mean[j]) / scale[j]
		}
		Z[i] = z
	}
	beta, err := newton(Z, y, w, opt.Lambda)
	if err != nil {
		return nil, err
	}
	m := &Model{Format: FormatVersion, Description: opt.Description, Date: opt.Date,
		Lines: len(lines), Right: right, Lambda: opt.Lambda, Intercept: round(beta[0])}
	if opt.WrongWeight > 0 && opt.WrongWeight != 1 {
		m.WrongWeight = opt.WrongWeight
	}
	for j, n := range names {
		m.Features = append(m.Features, Feature{Name: n, Mean: round(mean[j]), Scale: round(scale[j]), Weight: round(beta[j+1])})
	}
	return m, nil
}

// round keeps 9 significant digits: model files stay readable and stable.
func round(x float64) float64 {
	if x == 0 {
		return 0
	}
	s := fmt.Sprintf("%.9g", x)
	var v float64
	fmt.Sscan(s, &v)
	return v
}

// excluded reports whether feature name is left out by opt.Exclude.
func (opt Options) excluded(name string) bool {
	for _, p := range opt.Exclude {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// vocabulary returns the dense names, then the sparse names seen in at
// least opt.MinCount groups (documents; sorted), then OtherFeature.
func vocabulary(lines []Line, opt Options) []string {
	names := slices.Clone(opt.Dense)
	docs := map[string]map[string]bool{} // feature → groups it occurs in
	for _, l := range lines {
		for k, v := range l.X {
			if v != 0 && strings.HasPrefix(k, SparsePrefix) && k != OtherFeature {
				if docs[k] == nil {
					docs[k] = map[string]bool{}
				}
				docs[k][l.Group] = true
			}
		}
	}
	var sparse []string
	for k, g := range docs {
		if len(g) >= opt.MinCount && !slices.Contains(names, k) {
			sparse = append(sparse, k)
		}
	}
	sort.Strings(sparse)
	names = append(names, sparse...)
	return append(names, OtherFeature)
}

// vectorize returns x's values in the order of names, sparse features
// absent from names folded into OtherFeature (the last name).
func vectorize(x map[string]float64, names []string) []float64 {
	v := make([]float64, len(names))
	index := make(map[string]int, len(names))
	for j, n := range names {
		index[n] = j
	}
	for k, xv := range x {
		if j, ok := index[k]; ok {
			v[j] = xv
		} else if o, ok := index[OtherFeature]; ok && xv != 0 && strings.HasPrefix(k, SparsePrefix) {
			v[o] = 1
		}
	}
	return v
}

// standardise returns the weighted mean and standard deviation of each
// column (1 for a constant column).
func standardise(X [][]float64, w []float64, p int) (mean, scale []float64) {
	mean, scale = make([]float64, p), make([]float64, p)
	W := 0.0
	for i := range X {
		W += w[i]
		for j := range p {
			mean[j] += w[i] * X[i][j]
		}
	}
	for j := range p {
		mean[j] /= W
	}
	for i := range X {
		for j := range p {
			d := X[i][j] - mean[j]
			scale[j] += w[i] * d * d
		}
	}
	for j := range p {
		scale[j] = math.Sqrt(scale[j] / W)
		if scale[j] < 1e-9 {
			scale[j] = 1
		}
	}
	return mean, scale
}

// newton minimises the weighted mean log-loss plus lambda/2·|β[1:]|².
func newton(Z [][]float64, y, w []float64, lambda float64) ([]float64, error) {
	q := len(Z[0])
	beta := make([]float64, q)
	W := 0.0
	for _, wi := range w {
		W += wi
	}
	loss := func(b []float64) float64 {
		s := 0.0
		for i, z := range Z {
			t := dot(b, z)
			// log(1+e^t) - y t, stably
			s += w[i] * (softplus(t) - y[i]*t)
		}
		s /= W
		for j := 1; j < q; j++ {
			s += lambda / 2 * b[j] * b[j]
		}
		return s
	}
	cur := loss(beta)
	for range 100 {
		g := make([]float64, q)
		H := make([][]float64, q)
		for j := range H {
			H[j] = make([]float64, q)
		}
		for i, z := range Z {
			pr := Sigmoid(dot(beta, z))
			r := w[i] * (pr - y[i]) / W
			h := w[i] * pr * (1 - pr) / W
			for j := range q {
				g[j] += r * z[j]
				hz := h * z[j]
				for k := 0; k <= j; k++ {
					H[j][k] += hz * z[k]
				}
			}
		}
		for j := range q {
			for k := 0; k < j; k++ {
				H[k][j] = H[j][k]
			}
			if j > 0 {
				g[j] += lambda * beta[j]
				H[j][j] += lambda
			}
			H[j][j] += 1e-12
		}
		step, err := solve(H, g)
		if err != nil {
			return nil, err
		}
		// damped step: halve until the loss does not grow
		next := make([]float64, q)
		t := 1.0
		for range 30 {
			for j := range q {
				next[j] = beta[j] - t*step[j]
			}
			if l := loss(next); l <= cur+1e-15 {
				cur = l
				break
			}
			t /= 2
		}
		big := 0.0
		for j := range q {
			big = max(big, math.Abs(next[j]-beta[j]))
		}
		copy(beta, next)
		if big < 1e-10 {
			break
		}
	}
	for _, b := range beta {
		if !finite(b) {
			return nil, fmt.Errorf("%w: the fit diverged", ErrFit)
		}
	}
	return beta, nil
}

// solve solves H x = g for a symmetric positive definite H (Cholesky).
func solve(H [][]float64, g []float64) ([]float64, error) {
	n := len(g)
	L := make([][]float64, n)
	for i := range L {
		L[i] = make([]float64, n)
	}
	for i := range n {
		for j := 0; j <= i; j++ {
			s := H[i][j]
			for k := range j {
				s -= L[i][k] * L[j][k]
			}
			if i == j {
				if s <= 0 {
					return nil, fmt.Errorf("%w: singular system", ErrFit)
				}
				L[i][i] = math.Sqrt(s)
			} else {
				L[i][j] = s / L[j][j]
			}
		}
	}
	x := make([]float64, n)
	for i := range n {
		s := g[i]
		for k := range i {
			s -= L[i][k] * x[k]
		}
		x[i] = s / L[i][i]
	}
	for i := n - 1; i >= 0; i-- {
		s := x[i]
		for k := i + 1; k < n; k++ {
			s -= L[k][i] * x[k]
		}
		x[i] = s / L[i][i]
	}
	return x, nil
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

func softplus(t float64) float64 {
	if t > 0 {
		return t + math.Log1p(math.Exp(-t))
	}
	return math.Log1p(math.Exp(t))
}
