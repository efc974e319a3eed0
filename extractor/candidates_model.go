package extractor

// The acceptance model of the candidate pairs (candidates.go): a logistic
// regression over the candidate features (candidates_features.go), fitted
// by "pledgewatch calibrate --candidates" and embedded; a candidate whose
// probability reaches the emit threshold becomes a line (rule id
// candidate.learned) with that probability as its confidence.

import (
	_ "embed"
	"fmt"
	"math"

	"github.com/pledgewatch/pledgewatch/internal/calibrate"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// defaultCandModel is the embedded acceptance model of candidate pairs.
//
//go:embed model/candidates.json
var defaultCandModel []byte

// DefaultCandidateModel returns the embedded candidate model file.
func DefaultCandidateModel() []byte { return append([]byte(nil), defaultCandModel...) }

// DefaultCandidateThreshold is the probability from which a candidate
// becomes a line by default. Above 1 no candidate does: the stage is off.
// It is chosen by leave-one-set-out over the seven development sets (see
// RULES.md, candidate.learned): the lowest threshold at which the lines
// the candidates add are right at least half of the time on each held-out
// set on average.
const DefaultCandidateThreshold = 2.0

// candModel is a candidate model on raw feature values.
type candModel struct {
	intercept float64
	w         candFeat
}

// newCandModel reads a model file (see internal/calibrate); features it
// names that are not candidate features are an error.
func newCandModel(data []byte) (*candModel, error) {
	m, err := calibrate.Parse(data)
	if err != nil {
		return nil, err
	}
	intercept, weights := m.Raw()
	cm := &candModel{intercept: intercept}
	index := make(map[string]int, nCand)
	for i, n := range candNames {
		index[n] = i
	}
	for name, w := range weights {
		if name == calibrate.OtherFeature {
			continue // a candidate has no sparse features
		}
		i, ok := index[name]
		if !ok {
			return nil, fmt.Errorf("%w: %q is not a candidate feature", calibrate.ErrModel, name)
		}
		cm.w[i] = w
	}
	return cm, nil
}

// prob returns the model's probability that the candidate with features
// x is right, rounded to 0.01.
func (cm *candModel) prob(x *candFeat) float64 {
	return math.Round(calibrate.Sigmoid(cm.logit(x))*100) / 100
}

// logit returns the model's log-odds for features x.
func (cm *candModel) logit(x *candFeat) float64 {
	z := cm.intercept
	for i, w := range cm.w {
		z += w * x[i]
	}
	return z
}

// frameGain returns the most the frame features (rules.frame,
// rules.frame-same-actor and the kind's copy of rules.frame) can add to
// the log-odds of a candidate of x's kind whose features leave them 0.
func (cm *candModel) frameGain(x *candFeat) float64 {
	d := cm.w[kfFrame]
	for k := range candKinds {
		if x[kfKindTroops+k] != 0 {
			d += cm.w[kfCross+k*len(candCross)+crossFrame]
		}
	}
	return max(0, d, d+cm.w[kfFrameSame])
}

// Candidate is a pair of the candidate stage: the line it would be (its
// Confidence the probability of the extractor's candidate model) and its
// features by name (CandidateFeatureNames), for fitting a model.
type Candidate struct {
	Line news.Commitment
	X    map[string]float64
}

// ExtractCandidates returns the rule lines of text (Extract without the
// candidate stage) and every candidate pair the stage weighs, in text
// order, whatever its probability.
func (e *Extractor) ExtractCandidates(text string) ([]news.Commitment, []Candidate) {
	a := e.analyze(text)
	defer e.release(a)
	lines := e.commitments(a)
	cl, xs := e.candidateLines(a, lines, true)
	out := make([]Candidate, len(cl))
	for i := range cl {
		x := make(map[string]float64, nCand)
		for k, n := range candNames {
			if xs[i][k] != 0 {
				x[n] = xs[i][k]
			}
		}
		out[i] = Candidate{Line: cl[i], X: x}
	}
	return lines, out
}

// ruleCandidateReview marks a candidate line returned as a suggestion:
// its probability is below the emit threshold (Options.CandidateSuggest).
const ruleCandidateReview = "review.candidate"

// withCandidates returns lines (the rule lines of a, in evidence order)
// with the candidate lines whose probability reaches the extractor's
// threshold, and the suggestions when asked, each after the rule lines of
// its sentence.
func (e *Extractor) withCandidates(a *analysis, lines []news.Commitment) []news.Commitment {
	if e.candEmit > 1 && e.candSuggest <= 0 || len(a.quants) == 0 {
		return lines
	}
	cl, _ := e.candidateLines(a, lines, false)
	var keep []news.Commitment
	for _, c := range cl {
		switch {
		case c.Confidence >= e.candEmit:
			keep = append(keep, c)
		case e.candSuggest > 0 && c.Confidence >= e.candSuggest:
			c.Rules = append(c.Rules, ruleCandidateReview)
			c.Confidence = min(c.Confidence, reviewConf)
			keep = append(keep, c)
		}
	}
	if len(keep) == 0 {
		return lines
	}
	out := make([]news.Commitment, 0, len(lines)+len(keep))
	i := 0
	for _, c := range keep {
		for i < len(lines) && lines[i].Start <= c.Start {
			out = append(out, lines[i])
			i++
		}
		out = append(out, c)
	}
	return append(out, lines[i:]...)
}

// candidateLines returns the line of each candidate pair of a (see
// candidates) with the model's probability as its confidence, and the
// features of each when withX; without withX, only the lines that reach
// the emit threshold or the suggestion floor. Money whose currency stays
// unknown gives no line.
func (e *Extractor) candidateLines(a *analysis, lines []news.Commitment, withX bool) ([]news.Commitment, []candFeat) {
	cands := a.candidates(lines, nil)
	if len(cands) == 0 {
		return nil, nil
	}
	pg := a.newCandPage(lines)
	// the lowest probability wanted: the lines of the others are not built
	minP := e.candEmit
	if e.candSuggest > 0 {
		minP = min(minP, e.candSuggest)
	}
	var out []news.Commitment
	var xs []candFeat
	var x candFeat
	li := 0
	lastQ, fr, frOK := -1, frame{}, false
	for i := range cands {
		c := &cands[i]
		s := a.sents[c.q.sent]
		sb := a.toks[s.start].start
		for li < len(lines) && lines[li].Start < sb {
			li++
		}
		lj := li
		for lj < len(lines) && lines[lj].Start == sb {
			lj++
		}
		if c.q.kind == news.KindMoney {
			if cur, _ := e.currencyOf(a, c.q, c.am.code); cur == "" {
				continue // no currency, no line
			}
		}
		if !withX {
			// without the frame features first: the rules' frame of the
			// quantity costs more than all the others, and few candidates
			// can reach minP
			a.candFeatures(c, lines[li:lj], li, pg, false, "", &x)
			if calibrate.Sigmoid(e.cand.logit(&x)+e.cand.frameGain(&x)) < minP-0.005 {
				continue
			}
		}
		if c.q.start != lastQ {
			// the frame of the quantity, once for its actors
			lastQ = c.q.start
			fr, frOK = a.frameFor(c.q)
		}
		first := ""
		if frOK && len(fr.actors) > 0 {
			first = fr.actors[0].code
		}
		a.candFeatures(c, lines[li:lj], li, pg, frOK, first, &x)
		p := e.cand.prob(&x)
		if !withX && p < minP {
			continue
		}
		line := e.candidateLine(a, c)
		line.Confidence = p
		out = append(out, line)
		if withX {
			xs = append(xs, x)
		}
	}
	return out, xs
}

// candidateLine builds the line of candidate c: its status and recipient
// as the status code reads them for a frame of the sentence anchored at
// the nearest trigger.
func (e *Extractor) candidateLine(a *analysis, c *candidate) news.Commitment {
	s := a.sents[c.q.sent]
	f := frame{actors: []actorMention{c.am}, rule: ruleCandidate, window: s, anchor: a.candAnchor(c.q, s), conf: 0.5}
	fl := a.frameLine(&f, c.q)
	line := e.commitment(a, &f, c.q, &c.am, c.q.item, &fl)
	// the spans point into scratch memory: copy them
	if line.ActorSpan != nil {
		v := *line.ActorSpan
		line.ActorSpan = &v
	}
	if line.ValueSpan != nil {
		v := *line.ValueSpan
		line.ValueSpan = &v
	}
	return line
}

// candAnchor returns the token of the trigger nearest before q in
// sentence s, else the nearest after it, else the empty span at q.
func (a *analysis) candAnchor(q *quantity, s span) span {
	const triggers = 1<<cTrigger | 1<<cDeliveryPast | 1<<cTriggerNoun | 1<<cSupportVerb | 1<<cJoinVerb
	for k := q.start - 1; k >= s.start; k-- {
		if a.cls[k]&triggers != 0 {
			return span{k, k + 1}
		}
	}
	for k := q.end; k < s.end; k++ {
		if a.cls[k]&triggers != 0 {
			return span{k, k + 1}
		}
	}
	return span{q.start, q.start}
}
