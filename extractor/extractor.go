package extractor

import (
	"fmt"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/biter777/countries"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Version identifies the rule set; it changes whenever rules or the
// embedded lexicons change, so that stored extractions can be redone.
const Version = "rules-15"

// Options configures an Extractor.
type Options struct {
	// UserLexicon is the content of a user lexicon file merged over the
	// embedded defaults; nil for none. Its format is described in doc.go.
	UserLexicon []byte
	// ConfidenceModel is the content of a confidence model file (written
	// by "pledgewatch calibrate") used instead of the embedded one; nil
	// for the embedded model.
	ConfidenceModel []byte
	// CandidateModel is the content of a candidate acceptance model file
	// (written by "pledgewatch calibrate --candidates") used instead of
	// the embedded one; nil for the embedded model.
	CandidateModel []byte
	// CandidateThreshold is the probability from which a candidate pair
	// becomes a line (candidates.go); 0 for DefaultCandidateThreshold,
	// above 1 for none.
	CandidateThreshold float64
	// CandidateSuggest, when positive, returns the candidate pairs whose
	// probability lies from it up to the threshold as suggestions (rule
	// id review.candidate, confidence capped for review): for the review
	// queue. 0, the default, returns none.
	CandidateSuggest float64
}

// Extractor runs the rules. It is immutable after New and safe for
// concurrent use.
type Extractor struct {
	trie           *trie
	ambiguousCodes map[string]bool
	// actorCurrency maps a country code to its ISO 4217 currency.
	actorCurrency map[string]string
	// dollars holds the currencies other than USD written with "$" or
	// called dollars ("C$", "Australian dollars"): a lone "$" may be one.
	dollars map[string]bool
	// free holds analyses for reuse between calls: a bounded free list
	// rather than a sync.Pool, which is emptied at every garbage collection.
	free chan *analysis
	// big holds at most one analysis of a long text (more tokens than a
	// free one may keep, up to the crawler's 2 MB cap): a long text then
	// reuses its memory instead of allocating (and clearing) some 50 MB.
	big chan *analysis
	// conf turns the features of a line into its confidence.
	conf *confModel
	// cand weighs the candidate pairs; candEmit is the probability from
	// which one becomes a line (above 1: none).
	cand     *candModel
	candEmit float64
	// candSuggest is the probability from which a candidate below
	// candEmit is returned as a suggestion (0: none).
	candSuggest float64
	// frames is the frame table of selectFrame (frame_table.go).
	frames frameTable
	// model is the entry of a model code of materiel (markModelCodes):
	// an equipment noun that is not in the lexicon.
	model entry
}

// New returns an Extractor with the embedded lexicons plus
// opts.UserLexicon, and the embedded confidence model or
// opts.ConfidenceModel. The error wraps ErrLexicon when a lexicon is
// malformed, calibrate.ErrModel when the model is.
func New(opts Options) (*Extractor, error) {
	lx, err := loadLexicon(opts.UserLexicon)
	if err != nil {
		return nil, err
	}
	model := defaultModel
	if opts.ConfidenceModel != nil {
		model = opts.ConfidenceModel
	}
	conf, err := newConfModel(model)
	if err != nil {
		return nil, fmt.Errorf("extractor: confidence model: %w", err)
	}
	candData := defaultCandModel
	if opts.CandidateModel != nil {
		candData = opts.CandidateModel
	}
	cand, err := newCandModel(candData)
	if err != nil {
		return nil, fmt.Errorf("extractor: candidate model: %w", err)
	}
	candEmit := DefaultCandidateThreshold
	if opts.CandidateThreshold != 0 {
		candEmit = opts.CandidateThreshold
	}
	e := &Extractor{
		trie:           buildTrie(lx),
		ambiguousCodes: map[string]bool{},
		actorCurrency:  map[string]string{},
		dollars:        map[string]bool{},
		free:           make(chan *analysis, 2*runtime.GOMAXPROCS(0)),
		big:            make(chan *analysis, 1),
		conf:           conf,
		cand:           cand,
		candEmit:       candEmit,
		candSuggest:    opts.CandidateSuggest,
		frames:         newFrameTable(),
		model:          entry{class: cEquipNoun},
	}
	for _, c := range lx.AmbiguousCodes {
		e.ambiguousCodes[c] = true
	}
	for _, c := range countries.All() {
		if cur := c.Currency().Alpha(); len(cur) == 3 {
			e.actorCurrency[c.Alpha2()] = cur
		}
	}
	e.actorCurrency["EU"] = "EUR"
	for _, c := range lx.Currencies {
		for _, p := range slices.Concat(c.Prefix, c.Suffix) {
			if c.Code != "USD" && (strings.Contains(p, "$") || strings.Contains(strings.ToLower(p), "dollar")) {
				e.dollars[c.Code] = true
			}
		}
	}
	return e, nil
}

// Extract returns the commitments found in text, in text order. Start and
// End are byte offsets into text with Evidence == text[Start:End] (the
// sentence); ID, ArticleID and Doc are left empty for the caller. It never
// fails: text it cannot read yields fewer commitments.
func (e *Extractor) Extract(text string) []news.Commitment {
	a := e.analyze(text)
	defer e.release(a)
	return e.withCandidates(a, e.commitments(a))
}

// TryExtract is Extract that turns a panic in the rules (a bug) into an
// error, for callers that go on with other texts: one text the rules trip
// on must not stop a run over many.
func (e *Extractor) TryExtract(text string) (cs []news.Commitment, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the extractor failed on this text (a bug: please report it with the text): %v", r)
		}
	}()
	return e.Extract(text), nil
}

// Mention types reported by Mentions.
const (
	MentionActor     = "actor"
	MentionGroup     = "group"
	MentionNumber    = "number"
	MentionMoney     = "money"
	MentionTroops    = "troops"
	MentionEquipment = "equipment"
	MentionSupport   = "support"
	MentionTrigger   = "trigger"
	MentionStatus    = "status"
)

// Mention is one thing the rules recognised in a text, before any frame
// links them: for people writing rules and lexicons.
type Mention struct {
	// Type is one of the Mention* constants.
	Type string `json:"type"`
	// Start and End are byte offsets with Text == text[Start:End].
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Value is the normalised value: an actor code, "group:…", a number,
	// "1600000000 GBP", "5000" (troops, or "" without a number), an item,
	// a trigger class or a status.
	Value     string `json:"value"`
	Qualifier string `json:"qualifier,omitempty"`
}

// Mentions returns every actor, group, number, amount of money, troop,
// equipment and support phrase, trigger and status cue recognised in
// text, in text order.
func (e *Extractor) Mentions(text string) []Mention {
	a := e.analyze(text)
	defer e.release(a)
	a.computeStats() // the sentences' class masks that frameFor reads
	var out []Mention
	add := func(typ string, sp span, value, qual string) {
		start, end := a.toks[sp.start].start, a.toks[sp.end-1].end
		out = append(out, Mention{Type: typ, Start: start, End: end, Text: text[start:end], Value: value, Qualifier: qual})
	}
	for _, am := range a.actors {
		typ := MentionActor
		if am.cls == cGroup {
			typ = MentionGroup
		}
		add(typ, am.span, am.code, "")
	}
	for _, p := range a.numbers {
		add(MentionNumber, span{p.start, p.end}, formatNumber(p.value), p.qualifier)
	}
	for _, q := range a.quants {
		var value, qual string
		if q.num != nil {
			value, qual = formatNumber(q.num.value), q.num.qualifier
		}
		switch q.kind {
		case news.KindMoney:
			// the currency as the committer's frame reads it ("kroner"
			// from Norway is NOK); the candidates without a committer
			cur := q.currency
			if f, ok := a.frameFor(&q); ok && len(f.actors) > 0 && q.num != nil {
				cur, _ = e.currencyOf(a, &q, f.actors[0].code)
			}
			if cur == "" && q.fallback == "" {
				cur = strings.Join(q.candidates, "|")
			} else if cur == "" {
				cur = q.fallback
			}
			add(MentionMoney, q.span, value+" "+cur, qual)
		case news.KindTroops:
			add(MentionTroops, q.span, value, qual)
		case news.KindEquipment:
			if value != "" {
				value += " × "
			}
			add(MentionEquipment, q.span, value+q.item, qual)
		default:
			add(MentionSupport, q.span, q.item, "")
		}
	}
	for k := range a.toks {
		for _, m := range a.ann[k] {
			switch m.class {
			case cTrigger, cDeliveryPast, cTriggerNoun:
				add(MentionTrigger, span{m.start, m.end}, m.class.String(), "")
			case cDeclined, cConsidering, cDelivered:
				add(MentionStatus, span{m.start, m.end}, m.class.String(), "")
			default:
				continue
			}
			break // one per start token
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
}

func formatNumber(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
