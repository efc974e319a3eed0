// Package calibrate turns what the extraction rules know about a line into
// the probability that the line is right: a logistic regression over the
// line's features, fitted on lines labelled right or wrong (by a gold
// annotation or by reviewers).
//
// A Model is plain data (JSON, see Parse and Model.Marshal): per feature a
// name, the mean and scale that standardise it, and a weight. Features are
// named, so a model fitted with another feature vocabulary still loads:
// features it does not name weigh nothing. Fit is deterministic: the same
// lines give the same model, byte for byte.
package calibrate

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

// ErrModel is returned (wrapped) for a malformed model file.
var ErrModel = errors.New("calibrate: malformed model")

// FormatVersion is the version of the model file format.
const FormatVersion = 1

// SparsePrefix starts the names of sparse indicator features (the rule
// ids of a line). A sparse feature the model does not name counts as
// OtherFeature instead.
const SparsePrefix = "rule:"

// OtherFeature stands for every sparse feature a model does not name.
const OtherFeature = SparsePrefix + "other"

// Feature is one input of a model.
type Feature struct {
	Name string `json:"name"`
	// Mean and Scale standardise the raw value: (x - Mean) / Scale.
	Mean  float64 `json:"mean"`
	Scale float64 `json:"scale"`
	// Weight multiplies the standardised value.
	Weight float64 `json:"weight"`
}

// Model is a fitted logistic regression.
type Model struct {
	Format int `json:"format"`
	// Description says what the model was fitted on; Date is when (UTC,
	// YYYY-MM-DD).
	Description string `json:"description"`
	Date        string `json:"date"`
	// Lines and Right count the training lines and those labelled right
	// (unweighted); Lambda is the L2 penalty used.
	Lines  int     `json:"lines"`
	Right  int     `json:"right"`
	Lambda float64 `json:"lambda"`
	// WrongWeight is how many times each wrong line counted in the fit
	// (absent: once); see Options.WrongWeight.
	WrongWeight float64 `json:"wrong_weight,omitempty"`
	// Intercept is added to the weighted sum of standardised features.
	Intercept float64   `json:"intercept"`
	Features  []Feature `json:"features"`
}

// Parse reads a model file.
func Parse(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	if m.Format != FormatVersion {
		return nil, fmt.Errorf("%w: format %d, want %d", ErrModel, m.Format, FormatVersion)
	}
	seen := map[string]bool{}
	for _, f := range m.Features {
		if f.Name == "" || seen[f.Name] {
			return nil, fmt.Errorf("%w: empty or repeated feature name %q", ErrModel, f.Name)
		}
		seen[f.Name] = true
		if f.Scale <= 0 || !finite(f.Mean) || !finite(f.Scale) || !finite(f.Weight) {
			return nil, fmt.Errorf("%w: feature %q: scale must be > 0 and numbers finite", ErrModel, f.Name)
		}
	}
	if !finite(m.Intercept) {
		return nil, fmt.Errorf("%w: intercept is not finite", ErrModel)
	}
	return &m, nil
}

// Marshal returns the model file: indented JSON ending in a newline.
func (m *Model) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("calibrate: %w", err)
	}
	return append(b, '\n'), nil
}

// Raw returns the model on raw (unstandardised) values: the probability
// is Sigmoid(intercept + Σ weights[name]·x[name]).
func (m *Model) Raw() (intercept float64, weights map[string]float64) {
	intercept = m.Intercept
	weights = make(map[string]float64, len(m.Features))
	for _, f := range m.Features {
		w := f.Weight / f.Scale
		weights[f.Name] = w
		intercept -= w * f.Mean
	}
	return intercept, weights
}

// Prob returns the model's probability for the features x (by name;
// absent features are 0). Sparse features the model does not name count
// once as OtherFeature.
func (m *Model) Prob(x map[string]float64) float64 {
	return Sigmoid(m.Intercept + m.dot(x))
}

func (m *Model) dot(x map[string]float64) float64 {
	z := 0.0
	for _, f := range m.Features {
		v := x[f.Name]
		if f.Name == OtherFeature {
			v = m.other(x)
		}
		z += f.Weight * (v - f.Mean) / f.Scale
	}
	return z
}

// other is the value of OtherFeature for x: 1 when x has a sparse
// feature the model does not name (or OtherFeature itself), else 0.
func (m *Model) other(x map[string]float64) float64 {
	if x[OtherFeature] != 0 {
		return 1
	}
	named := make(map[string]bool, len(m.Features))
	for _, f := range m.Features {
		named[f.Name] = true
	}
	for k, v := range x {
		if v != 0 && strings.HasPrefix(k, SparsePrefix) && !named[k] {
			return 1
		}
	}
	return 0
}

// Sigmoid is the logistic function.
func Sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
