package extractor

import (
	_ "embed"
	"math"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/calibrate"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// defaultModel is the embedded confidence model, fitted by "pledgewatch
// calibrate" (see doc.go).
//
//go:embed model/confidence.json
var defaultModel []byte

// DefaultConfidenceModel returns the embedded confidence model file.
func DefaultConfidenceModel() []byte { return append([]byte(nil), defaultModel...) }

// confModel is a confidence model ready for the extractor: weights on raw
// feature values.
type confModel struct {
	intercept float64
	dense     [nDense]float64
	// rules weighs sparse rule ids, by id; other weighs a line with a rule
	// id the model does not know.
	rules map[string]float64
	other float64
	// context reports whether a context feature (features_context.go)
	// has a weight: if none has, the extractor does not compute them.
	context bool
}

// newConfModel reads a model file (see internal/calibrate).
func newConfModel(data []byte) (*confModel, error) {
	m, err := calibrate.Parse(data)
	if err != nil {
		return nil, err
	}
	intercept, weights := m.Raw()
	cm := &confModel{intercept: intercept, rules: map[string]float64{}}
	index := map[string]int{}
	for i, n := range denseNames {
		index[n] = i
	}
	for name, w := range weights {
		switch {
		case name == calibrate.OtherFeature:
			cm.other = w
		case strings.HasPrefix(name, RulePrefix):
			cm.rules[strings.TrimPrefix(name, RulePrefix)] = w
		default:
			if i, ok := index[name]; ok {
				cm.dense[i] = w
				cm.context = cm.context || i >= nBase && w != 0
			}
			// a feature this extractor does not compute weighs nothing
		}
	}
	return cm, nil
}

// prob returns the model's probability that the line with features lf
// and rule ids rules is right, rounded to 0.01.
func (cm *confModel) prob(lf *lineFeat, rules []string) float64 {
	z := cm.intercept
	for i, w := range cm.dense {
		z += w * lf.x[i]
	}
	other := false
	for i, r := range rules {
		if !sparseRule(r) || indexOf(rules[:i], r) >= 0 {
			continue
		}
		if w, ok := cm.rules[r]; ok {
			z += w
		} else {
			other = true
		}
	}
	if other {
		z += cm.other
	}
	return math.Round(calibrate.Sigmoid(z)*100) / 100
}

// sparseRule reports whether rule id r is a sparse feature: every rule id
// but the known frames and kinds, which are dense one-hot features.
func sparseRule(r string) bool {
	if _, ok := frameFeature(r); ok {
		return false
	}
	return !strings.HasPrefix(r, "kind.")
}

func indexOf(s []string, x string) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

// confidence replaces the hand-set confidence of each line of res (the
// kept commitments of a) by the model's probability, and records in
// a.featIdx the features of each line.
func (e *Extractor) confidence(a *analysis, res []news.Commitment) {
	a.featIdx = a.featIdx[:0]
	ix := &a.scratch.doc
	ix.fill(a.featBuf, res)
	a.indexFeat()
	if a.wantCtx {
		ix.ctx.fill(a, res)
	}
	for i := range res {
		j := a.findFeat(res[i])
		a.featIdx = append(a.featIdx, j)
		if j < 0 {
			continue // not emitted by emit: keep the hand-set value
		}
		lf := &a.featBuf[j]
		docFeatures(lf, ix, i)
		if a.wantCtx {
			ix.ctx.features(lf, res, i)
		}
		res[i].Confidence = e.conf.prob(lf, res[i].Rules)
	}
}

// findFeat returns the index in a.featBuf of the features of c, or -1.
// A line is found by the key emit de-duplicates on; should a later stage
// change its status or item, by sentence, actor, kind and value alone.
func (a *analysis) findFeat(c news.Commitment) int {
	v := c.Number()
	loose := -1
	sc := &a.scratch
	for j := first(sc.feat, featKey{c.Start, c.Actor, c.Kind, v}); j >= 0; j = sc.featNext[j] {
		lf := &a.featBuf[j]
		if lf.start != c.Start || lf.actor != c.Actor || lf.kind != c.Kind || lf.value != v {
			continue
		}
		if lf.status == c.Status && lf.item == c.Item+c.Currency {
			return j
		}
		if loose < 0 {
			loose = j
		}
	}
	return loose
}

// featKey finds the features of a line: sentence, actor, kind and value.
type featKey struct {
	start int
	actor string
	kind  news.Kind
	value float64
}

// indexFeat chains the indexes in a.featBuf of each featKey, in order,
// for findFeat.
func (a *analysis) indexFeat() {
	sc := &a.scratch
	if sc.feat == nil {
		sc.feat = map[featKey]int{}
	}
	sc.featNext = chain(sc.feat, sc.featNext, len(a.featBuf), func(j int) featKey {
		lf := &a.featBuf[j]
		return featKey{lf.start, lf.actor, lf.kind, lf.value}
	})
}

// ExtractWithFeatures is Extract that also returns the features of each
// commitment, by name (FeatureNames, then "rule:<id>" for rule ids): the
// input of the confidence model, for fitting one (see internal/calibrate).
// A line made outside the frames has nil features: a candidate line
// (candidates.go), whose confidence is its acceptance model's.
func (e *Extractor) ExtractWithFeatures(text string) ([]news.Commitment, []map[string]float64) {
	a := e.analyze(text)
	defer e.release(a)
	a.wantCtx = true // the features of a fit: all of them
	cs := e.withCandidates(a, e.commitments(a))
	feats := make([]map[string]float64, len(cs))
	j := -1 // the index of the rule line among the rule lines
	for i, c := range cs {
		if len(c.Rules) > 0 && c.Rules[0] == ruleCandidate {
			continue
		}
		j++
		if j >= len(a.featIdx) || a.featIdx[j] < 0 {
			continue
		}
		lf := &a.featBuf[a.featIdx[j]]
		x := make(map[string]float64, nDense+len(c.Rules))
		for k, n := range denseNames {
			x[n] = lf.x[k]
		}
		for _, r := range c.Rules {
			if sparseRule(r) {
				x[RulePrefix+r] = 1
			}
		}
		feats[i] = x
	}
	return cs, feats
}
