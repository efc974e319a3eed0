package extractor

import (
	"math"
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// kindRule is the rule id of each kind.
var kindRule = map[news.Kind]string{
	news.KindTroops: "kind." + string(news.KindTroops), news.KindMoney: "kind." + string(news.KindMoney),
	news.KindEquipment: "kind." + string(news.KindEquipment), news.KindSupport: "kind." + string(news.KindSupport),
}

// frameLine is what the lines of one frame and quantity share whatever
// their actor: the rules of the anchor and of the status, the status and
// the recipient.
type frameLine struct {
	anchorRule, statusRule string
	status                 news.Status
	recipient              string
	// statusName, when set, names the status rule that overrode the
	// frame's cues (ruleStatusSecond, ruleStatusParticiple).
	statusName string
}

// frameLine computes the frameLine of frame f and quantity q, once for all
// the actors of f.
func (a *analysis) frameLine(f *frame, q *quantity) frameLine {
	var fl frameLine
	if f.anchor.end > f.anchor.start {
		fl.anchorRule = a.lineMem.anchorRule(a.text[a.toks[f.anchor.start].start:a.toks[f.anchor.end-1].end])
	}
	st, cue := a.status(f)
	if f.forced == "" {
		if st2, cue2, ok := a.secondPredicate(f, q); ok && st2 != st {
			// "has provided €9 billion and is preparing a package worth €8 billion"
			st, cue, fl.statusName = st2, cue2, ruleStatusSecond
		} else if st == news.StatusPledged && cue == "" {
			if c, ok := a.participleResult(f); ok { // "deployed 40 soldiers, increasing its force to 120"
				st, cue, fl.statusName = news.StatusDelivered, c, ruleStatusParticiple
			} else if c, ok := a.promisedSubject(f, q); ok { // "the previously promised $7 million in aid has been delivered"
				st, cue = news.StatusDelivered, c
			} else if c, ok := a.subjectHandedOver(f, q); ok { // "China's $500 million loan has been fully disbursed"
				st, cue, fl.statusName = news.StatusDelivered, c, ruleStatusSubject
			} else if c, ok := a.participleObject(f, q); ok { // "…, handing over 14 Leopards in February"
				st, cue, fl.statusName = news.StatusDelivered, c, ruleStatusAdjunct
			} else if c, ok := a.instrumentPast(q); ok { // "With $20 million from Norway, UNICEF delivered …"
				st, cue, fl.statusName = news.StatusDelivered, c, ruleStatusInstrument
			} else if c, ok := a.packageHandedOver(f, q); ok { // "The latest delivery from Germany contained 18 tanks"
				st, cue, fl.statusName = news.StatusDelivered, c, ruleStatusPackage
			} else if c, ok := a.pastAction(f, q); ok { // "The EU launched the naval mission" (status_past_action.go)
				st, cue, fl.statusName = news.StatusDelivered, c, ruleStatusPastAction
			}
		}
	}
	if st == news.StatusPledged && f.forced == "" && fl.statusName == "" {
		if c, ok := a.relativeGiven(q); ok { // "the $1.8 billion in aid the US has provided since 2021"
			st, cue, fl.statusName = news.StatusDelivered, c, ruleStatusRelative
		}
	}
	if st == news.StatusPledged && a.depositExtended(f, q) {
		st, cue = news.StatusDelivered, "deposits extended"
	} else if st == news.StatusPledged && f.rule == rulePart {
		if c, ok := a.partGiven(q); ok {
			st, cue = news.StatusDelivered, c // "including $156 million already given"
		}
	}
	if st == news.StatusDelivered && f.forced == "" {
		if c, ok := a.wholeOfPartHanded(f, q); ok { // "the first tranche of its €1.5 billion loan" (status_whole.go)
			st, cue, fl.statusName = news.StatusPledged, c, ruleStatusWhole
		}
	}
	fl.status = st
	if cue != "" {
		fl.statusRule = a.lineMem.statusRule(st, cue)
	}
	fl.recipient = a.recipient(f, a.sents[q.sent])
	if f.to != "" {
		fl.recipient = f.to
	}
	return fl
}

// commitment builds one commitment of actor am from frame f and quantity
// q (all read only); fl is a.frameLine(f, q).
func (e *Extractor) commitment(a *analysis, f *frame, q *quantity, am *actorMention, item string, fl *frameLine) news.Commitment {
	s := a.sents[q.sent]
	start, end := a.toks[s.start].start, a.toks[s.end-1].end
	c := news.Commitment{
		Actor:    am.code,
		Kind:     q.kind,
		Evidence: a.text[start:end],
		Start:    start,
		End:      end,
	}
	conf := f.conf
	rules := a.lineMem.ruleSlice()
	rules = append(rules, f.rule, kindRule[q.kind])
	if f.name != "" {
		rules = append(rules, f.name)
	}
	if fl.anchorRule != "" {
		rules = append(rules, fl.anchorRule)
	}
	switch q.kind {
	case news.KindTroops:
		if q.num != nil {
			c.Troops = a.lineMem.int64(int64(math.Round(q.num.value)))
			c.Qualifier = q.num.qualifier
		} else {
			conf -= 0.05
		}
	case news.KindMoney:
		if q.num == nil {
			// "could make a further contribution": money, no amount
			conf -= 0.15
			break
		}
		c.Amount = a.lineMem.float64(q.num.value)
		c.Qualifier = q.num.qualifier
		cur, rule := e.currencyOf(a, q, am.code)
		c.Currency = cur
		switch rule {
		case ruleBareDollar:
			conf = min(conf, 0.55)
		case ruleCurrencyDefault:
			conf = min(conf, 0.7)
		case ruleCurrencyUnresolved:
			conf -= 0.3
		}
		if rule != "" {
			rules = append(rules, rule)
		}
	case news.KindEquipment:
		c.Item = item
		if q.num != nil {
			c.Count = a.lineMem.int64(int64(math.Round(q.num.value)))
			c.Qualifier = q.num.qualifier
		} else {
			conf -= 0.05
		}
		if a.equipListItem(f, q) {
			rules = append(rules, ruleListItem)
		}
		if a.runInItem(q) {
			rules = append(rules, ruleRunInItem)
		}
	case news.KindSupport:
		c.Item = item
	}
	// a resolved pronoun confirmed by a demonym in the phrase itself:
	// "he ruled out deploying American ground troops"
	if f.rule == rulePronoun {
		for k := q.start; k < q.end; k++ {
			if m, ok := a.longest(k, q.end, cDemonym); ok && m.value == am.code {
				conf = max(conf, 0.75)
				rules = append(rules, "actor.confirmed-by-demonym")
			}
		}
	}
	c.Status = fl.status
	if fl.statusRule != "" {
		rules = append(rules, fl.statusRule)
	}
	if fl.statusName != "" {
		rules = append(rules, fl.statusName)
	}
	c.Recipient = fl.recipient
	c.ActorSpan = a.byteSpan(am.span, s)
	if c.ActorSpan == nil {
		// named in another sentence: the pronoun that stands for it here
		c.ActorSpan = a.byteSpan(f.anaphor, s)
	}
	if q.num != nil {
		c.ValueSpan = a.byteSpan(q.span, s)
	}
	if strings.HasPrefix(am.code, "group:") {
		conf = min(conf, 0.5)
	}
	c.Confidence = math.Round(max(0.05, min(0.95, conf))*100) / 100
	c.Rules = rules
	return c
}

// byteSpan returns the byte offsets of the tokens of sp when sp is a
// non-empty range inside sentence s, else nil.
func (a *analysis) byteSpan(sp span, s span) *[2]int {
	if sp.start >= sp.end || sp.start < s.start || sp.end > s.end {
		return nil
	}
	// a pointer into scratch memory, valid until the next text (a
	// reallocation leaves the earlier pointers on the old block);
	// commitments copies the spans out
	a.spanBuf = append(a.spanBuf, [2]int{a.toks[sp.start].start, a.toks[sp.end-1].end})
	return &a.spanBuf[len(a.spanBuf)-1]
}

// Rule ids of currency decisions.
const (
	ruleOwnDollar          = "currency.own-dollar"
	ruleBareDollar         = "currency.bare-dollar"
	ruleCurrencyDefault    = "currency.default"
	ruleCurrencyUnresolved = "currency.unresolved"
	ruleCurrencyNamed      = "currency.named-country"
)

// currencyOf returns the currency of money q committed by actor, and the
// rule id of a decision the text does not state outright ("" when it
// does). A lone "$" is USD, except from a country whose own dollar the
// text names elsewhere ("C$", "Canadian dollars"): that dollar. Unless
// the text backs USD (a US committer, an explicit USD amount or phrase, a
// US dateline), USD from a lone "$" is a guess (ruleBareDollar). A word
// shared by several currencies ("kroner", "Rs") is the actor's own
// currency, else its default ("kronor": SEK), else unresolved ("").
func (e *Extractor) currencyOf(a *analysis, q *quantity, actor string) (string, string) {
	own := e.actorCurrency[actor]
	switch {
	case q.bareDollar && e.dollars[own] && a.writes(own):
		return own, ruleOwnDollar
	case q.bareDollar && !a.usdContext && actor != "US":
		return q.currency, ruleBareDollar
	case q.currency != "":
		return q.currency, ""
	}
	if cur := e.resolveCurrency(actor, q.candidates); cur != "" {
		return cur, ""
	}
	if cur := e.sentenceCurrency(a, q); cur != "" {
		return cur, ruleCurrencyNamed
	}
	if q.fallback == "" {
		if cur := e.textCurrency(a, q); cur != "" {
			return cur, ruleCurrencyText // "Rs" in a report on Nepal
		}
	}
	if q.fallback != "" {
		return q.fallback, ruleCurrencyDefault
	}
	return "", ruleCurrencyUnresolved
}

// resolveCurrency picks the candidate that is the actor's own currency
// ("kroner" from Norway is NOK); "" when none is.
func (e *Extractor) resolveCurrency(actor string, candidates []string) string {
	own := e.actorCurrency[actor]
	for _, c := range candidates {
		if c == own {
			return c
		}
	}
	return ""
}

// sentenceCurrency resolves a word shared by several currencies from the
// countries named in q's sentence when the committer's own currency is
// not among them: "Pakistan has received Rs85 billion of oil under the
// Saudi facility" is in rupees of Pakistan. It returns "" unless exactly
// one candidate is the own currency of a country named there.
func (e *Extractor) sentenceCurrency(a *analysis, q *quantity) string {
	if len(q.candidates) < 2 || q.sent < 0 || q.sent >= len(a.sents) {
		return ""
	}
	found := ""
	for _, am := range a.actorsOf(a.sents[q.sent]) {
		own := e.actorCurrency[am.code]
		if own == "" || own == found || !slices.Contains(q.candidates, own) {
			continue
		}
		if found != "" {
			return "" // two countries with a candidate currency: no guess
		}
		found = own
	}
	return found
}

// writes reports whether the text gives an amount in currency cur
// explicitly (not a lone "$"), or names the currency in words ("$50
// million in Canadian dollars").
func (a *analysis) writes(cur string) bool {
	if w, ok := a.writesCur[cur]; ok {
		return w // the answer for the text does not change
	}
	w := a.writesUncached(cur)
	if a.writesCur == nil {
		a.writesCur = map[string]bool{}
	}
	a.writesCur[cur] = w
	return w
}

// writesUncached is writes without the cache.
func (a *analysis) writesUncached(cur string) bool {
	for _, q := range a.quants {
		if q.kind == news.KindMoney && q.currency == cur && !q.bareDollar {
			return true
		}
	}
	for k := range a.toks {
		for _, m := range a.ann[k] {
			if m.class == cCurSuffix && m.value == cur && m.end > m.start+1 {
				return true // "Canadian dollars": two words or more
			}
		}
	}
	return false
}
