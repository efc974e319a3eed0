package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Carried donors: sentences that detail or spend a gift told just before
// without naming its giver. contextDonorFrame gives them the giver of the
// nearest line before (contextLine), like its other anchors; the anchors
// of this file name their own rule ids so their lines can be counted:
//
//   - context.carry-among: "Among the items are 15 tanks", "Also among
//     the weapons delivered were 8 radars";
//   - context.carry-made-of: a gift set in apposition with its parts:
//     "The aid, made up of a $1 billion grant and …", "The package,
//     consisting of 40 trucks, …";
//   - context.carry-fund: the money told before buys goods: "The money
//     will fund 200 drones", "The funds will be used to buy 30
//     ambulances", "It will pay for 10 fire trucks".

// Rule ids of the carried-donor anchors.
const (
	ruleCarryAmong  = "context.carry-among"
	ruleCarryMadeOf = "context.carry-made-of"
	ruleCarryFund   = "context.carry-fund"
	// ruleCarrySupport: support listed in a package told before ("The
	// package also includes training for pilots"): packageSupportFrame.
	ruleCarrySupport = "context.carry-support"
	// ruleCarryReporter: the anchors above in a sentence whose source is
	// one country after the value ("…, the EU said in a statement"):
	// that country gives (soleReporter).
	ruleCarryReporter = "context.carry-reporter"
)

// carryAnchor finds one of the anchors above for quantity q of sentence
// s, which names no giver before q. It returns the anchor's span and the
// rule id.
func (a *analysis) carryAnchor(q *quantity, s span) (span, string, bool) {
	if q.kind == news.KindSupport {
		return span{}, "", false
	}
	for k := s.start; k < q.start; k++ {
		if a.actorAt[k] >= 0 && !a.afterPrep(k) {
			return span{}, "", false // "Among Germany's gifts are …": a frame of its own
		}
	}
	if sp, ok := a.fundAnchor(q, s); ok {
		return sp, ruleCarryFund, true // (uncounted goods too: "The money will fund drones and radars")
	}
	if q.num == nil && q.kind != news.KindMoney {
		return span{}, "", false // an uncounted list of goods stays one line
	}
	if sp, ok := a.amongAnchor(q, s); ok {
		return sp, ruleCarryAmong, true
	}
	if sp, ok := a.madeOfAnchor(q, s); ok {
		return sp, ruleCarryMadeOf, true
	}
	return span{}, "", false
}

// soleReporter returns the one country (or the EU or NATO) that sentence
// s names as a source after token from ("…," the EU said in a statement),
// with no other country named after from.
func (a *analysis) soleReporter(s span, from int) (string, bool) {
	code := ""
	for _, am := range a.actorsOf(s) {
		if am.start < from {
			continue
		}
		if !am.reporter || strings.HasPrefix(am.code, "group:") || code != "" && am.code != code {
			return "", false
		}
		code = am.code
	}
	return code, code != ""
}

// amongAnchor reads "Among the items are 15 tanks": "among" opens the
// sentence (after "also"), a noun phrase of at most five words that takes
// up a gift follows ("the items", "the weapons delivered", "the new
// equipment"), then a form of "be", and q within five tokens after it. It
// returns the span of "among".
func (a *analysis) amongAnchor(q *quantity, s span) (span, bool) {
	s.start = a.afterOpeningQuote(s)
	k := s.start
	if a.lw(k) == "also" {
		k++
	}
	if a.lw(k) != "among" || q.start <= k+2 {
		return span{}, false
	}
	be, head := -1, false
	for j := k + 1; j < q.start && j <= k+6; j++ {
		if a.has(j, cPassiveAux) {
			be = j
			break
		}
		if a.toks[j].kind != tWord {
			return span{}, false
		}
		head = head || giftHead(a, j) || a.has(j, cEquipNoun, cTroopNoun)
	}
	if be < 0 || !head || q.start-be > 5 {
		return span{}, false
	}
	for j := be + 1; j < q.start; j++ {
		if a.toks[j].kind == tPunct || a.has(j, cTrigger, cReporting, cCasualty) {
			return span{}, false
		}
	}
	return span{k, k + 1}, true
}

// madeOfAnchor reads a gift set in apposition with its parts: a
// determiner opens the sentence, a noun of a gift (giftHead) ends its
// phrase of at most four words, then a comma and a made-of phrase
// (madeOfPhrase: "made up of", "comprised of", "consisting of",
// "including" …), and q within four tokens after. It returns the span of
// the phrase; its giver is madeOfGiver's (madeOfLineBefore).
func (a *analysis) madeOfAnchor(q *quantity, s span) (span, bool) {
	s.start = a.afterOpeningQuote(s)
	if !takeUpDeterminer(a.lw(s.start)) {
		return span{}, false
	}
	c := s.start + 1
	for c < q.start && c <= s.start+4 && a.tx(c) != "," {
		c++
	}
	if c >= q.start || a.tx(c) != "," || !giftHead(a, c-1) {
		return span{}, false
	}
	v := c + 1
	end := a.madeOfPhrase(v, s)
	if end < 0 {
		return span{}, false
	}
	if q.start < end {
		return span{}, false
	}
	if q.start-end > 3 && !a.secondOfPair(q, end) {
		return span{}, false
	}
	return span{v, end}, true
}

// secondOfPair reports whether q is the second of two quantities of its
// kind joined by "and", the first within three tokens after token from:
// "made up of a $1 billion grant and $2 billion in deposits".
func (a *analysis) secondOfPair(q *quantity, from int) bool {
	for _, o := range a.quantsNear(from, q.start) {
		if o.sent != q.sent || o.kind != q.kind || o.start < from || o.start-from > 3 || o.end >= q.start || q.start-o.end > 4 {
			continue
		}
		for k := o.end; k < q.start; k++ {
			if a.lw(k) == "and" {
				return true
			}
		}
	}
	return false
}

// fundAnchor reads money told before that buys goods: the sentence opens
// with "it" or a determiner and a noun of money or a gift ("the money",
// "the funds", "this funding", "the new grant"), then, after at most four
// words of modality or aspect ("will", "will also be used to"), a verb
// of paying for goods ("fund", "finance", "buy", "purchase", "procure",
// "acquire", "cover", "pay for"), and counted goods q within five tokens
// after the verb, with no punctuation between. It returns the verb's span.
func (a *analysis) fundAnchor(q *quantity, s span) (span, bool) {
	if q.kind != news.KindEquipment {
		return span{}, false
	}
	s.start = a.afterOpeningQuote(s)
	h := s.start
	if a.lw(h) != "it" {
		if !takeUpDeterminer(a.lw(h)) {
			return span{}, false
		}
		h++
		for h < q.start && h <= s.start+3 && !moneyHead(a, h) {
			if !a.isModifier(h) {
				return span{}, false
			}
			h++
		}
		if !moneyHead(a, h) {
			return span{}, false
		}
		for h+1 < q.start && moneyHead(a, h+1) {
			h++ // "the assistance measure"
		}
	}
	v := h + 1
	for v < q.start && v <= h+6 && !fundVerb(a.lw(v)) && !buyingNoun(a.lw(v)) {
		switch w := a.lw(v); {
		case a.has(v, cIrrealis, cPassiveAux, cPerfectAux), w == "also", w == "used", w == "to", w == "help", w == "go", w == "towards", w == "toward", w == "the", w == "enable", w == "allow":
		default:
			return span{}, false
		}
		v++
	}
	if v >= q.start || !fundVerb(a.lw(v)) && !buyingNoun(a.lw(v)) {
		return span{}, false
	}
	end := v + 1
	if buyingNoun(a.lw(v)) && a.lw(v-1) == "the" {
		if a.lw(end) != "of" {
			return span{}, false
		}
		end++ // "… will go towards the purchase of 300 drones"
	} else if buyingNoun(a.lw(v)) && !fundVerb(a.lw(v)) {
		return span{}, false
	} else if strings.HasPrefix(a.lw(v), "pa") {
		if a.lw(end) != "for" {
			return span{}, false // "it will pay back": not a purchase
		}
		end++
	}
	if q.start-end > 4 {
		return span{}, false
	}
	for j := end; j < q.start; j++ {
		if a.toks[j].kind == tPunct || a.has(j, cTrigger, cReporting, cCasualty) || a.actorAt[j] >= 0 {
			return span{}, false
		}
	}
	return span{v, end}, true
}

// moneyHead reports a noun that takes up money or a gift told before:
// "money", "funds", "funding", "grant", "package", "aid", …
func moneyHead(a *analysis, j int) bool {
	switch a.lw(j) {
	case "money", "funds", "funding", "grant", "grants", "sum", "amount", "allocation", "contribution", "donation",
		"package", "aid", "assistance", "tranche", "loan", "measure":
		return true
	}
	return false
}

// fundVerb reports a verb of paying for goods.
func fundVerb(w string) bool {
	switch w {
	case "fund", "funds", "finance", "finances", "buy", "buys", "purchase", "purchases", "procure", "procures",
		"acquire", "acquires", "cover", "covers", "pay", "pays":
		return true
	}
	return false
}

// fundVerbAt reports whether token k is the verb of fundAnchor for q: a
// purchase with money given ("The money will buy 30 ambulances") is no
// sale.
func (a *analysis) fundVerbAt(k int, q *quantity, s span) bool {
	if !fundVerb(a.lw(k)) && !buyingNoun(a.lw(k)) {
		return false
	}
	sp, ok := a.fundAnchor(q, s)
	return ok && sp.start == k
}

// troopsNumberVerb reports "number" or "total" as a verb after a modal
// at token k: "The contingent will number 200 soldiers".
func (a *analysis) troopsNumberVerb(k int) bool {
	switch a.lw(k) {
	case "number", "total":
		return a.has(k-1, cIrrealis)
	}
	return false
}

// troopBodyHead reports a noun at j that takes up a body of troops told
// before: "the contingent", "the unit", "the battalion", "the force".
func troopBodyHead(a *analysis, j int) bool {
	switch a.lw(j) {
	case "contingent", "unit", "battalion", "force", "detachment", "deployment", "brigade", "team", "company":
		return true
	}
	return a.has(j, cTroopUnit)
}

// buyingNoun reports a noun of buying goods after "the": "the purchase
// of", "the procurement of", "the acquisition of".
func buyingNoun(w string) bool {
	return w == "purchase" || w == "procurement" || w == "acquisition"
}

// skipAside returns the token before an aside set off by commas that ends
// at h ("The items, delivered last week, include": from the comma before
// "include" to "items"), or h when there is none. The aside is at most
// eight tokens and holds no actor.
func (a *analysis) skipAside(h int, s span) int {
	if h <= s.start || a.tx(h) != "," {
		return h
	}
	for k := h - 1; k > s.start && h-k <= 8; k-- {
		if a.actorAt[k] >= 0 {
			return h
		}
		if a.tx(k) == "," {
			return k - 1
		}
	}
	return h
}

// packageSupportFrame reads support listed as the contents of a package
// that is the subject of a verb of inclusion, as packageFrame reads goods
// ("The package includes training for 2,000 soldiers", "It also contains
// maintenance for the tanks"): the giver is the one packageFrame finds (a
// country in the subject, else the giver of the sentences before). The
// support noun follows the verb, or goods coordinated after it.
func (a *analysis) packageSupportFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindSupport || q.start <= s.start {
		return frame{}, false
	}
	e := *q
	e.kind = news.KindEquipment // (read as an item of the package's list)
	f, ok := a.packageFrame(&e, s)
	if !ok || len(f.actors) != 1 || strings.HasPrefix(f.actors[0].code, "group:") {
		return frame{}, false
	}
	if f.name == "" {
		f.name = ruleCarrySupport
	}
	f.conf = min(f.conf, 0.5)
	return f, true
}

// afterOpeningQuote returns the first token of sentence s after opening
// quotation marks (a quote's first words: "“The money will fund …").
func (a *analysis) afterOpeningQuote(s span) int {
	k := s.start
	for k+1 < s.end && isQuote(a.tx(k)) {
		k++
	}
	return k
}
