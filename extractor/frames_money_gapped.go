package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleGappedChain names a gapped donor entry read back through the chain
// of entries before it, when the verb is too far for the trigger search:
// the ninth entry of "The EU pledged $93m, Germany $88m, …, France $345m".
const ruleGappedChain = "money.gapped-chain"

// maxGappedEntries bounds how many list entries gappedChainFrame walks back.
const maxGappedEntries = 24

// gappedChainFrame reads money q as an entry of a long gapped donor list:
// q has its own actor right before it ("…, France $345m"), and the entries
// before it, back to one whose verb is near, each have the form ", ACTOR
// AMOUNT" (an amount may carry a bracketed conversion: "Denmark 26.8
// million euros (USD 36.5 million)"). The frame is the gapped frame of q
// with the verb of the first entry. It reports false when an entry breaks
// the chain (a clause, a verb, an amount without its own actor).
func (a *analysis) gappedChainFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney {
		return frame{}, false
	}
	cur := q
	for n := 0; n < maxGappedEntries; n++ {
		start := -1
		if am, ok := a.entryActor(cur, s); ok {
			start = am.start
		} else if n > 0 {
			start = a.entryName(cur, s) // "…, the Regional Development Bank $4 billion, …"
		}
		if start < 0 {
			return frame{}, false
		}
		p := start - 1
		if p > s.start && a.lw(p) == "the" {
			p--
		}
		if p <= s.start || (a.tx(p) != "," && a.lw(p) != "and") {
			return frame{}, false
		}
		prev, ok := a.entryBefore(p, q, s)
		if !ok {
			return frame{}, false
		}
		if t, ok := a.triggerBefore(prev.start, s, 20); ok {
			f, ok := a.gappedFrame(t, q, s)
			if !ok {
				return frame{}, false
			}
			f.name = ruleGappedChain
			f.conf -= 0.1
			return f, true
		}
		next := prev // the chain goes on: only then a copy on the heap
		cur = &next
	}
	return frame{}, false
}

// entryActor returns the actor mention (not a demonym) that ends right
// where quantity q starts: "France" of "France $345m".
func (a *analysis) entryActor(q *quantity, s span) (actorMention, bool) {
	for _, am := range a.actorsOf(s) {
		if am.end == q.start && am.cls != cDemonym {
			return am, true
		}
	}
	return actorMention{}, false
}

// entryBefore returns the quantity of q's kind that ends at token p, the
// comma or "and" before the next entry, or before a bracketed conversion
// that ends there.
func (a *analysis) entryBefore(p int, q *quantity, s span) (quantity, bool) {
	end := p
	if end-1 > s.start && a.tx(end-1) == ")" {
		k := end - 2
		for k > s.start && end-k <= 10 && a.tx(k) != "(" {
			k--
		}
		if a.tx(k) != "(" {
			return quantity{}, false
		}
		end = k
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.kind == q.kind && o.end == end {
			return o, true
		}
	}
	return quantity{}, false
}

// unnamedEntry reports whether money q is an entry of a gapped donor list
// whose giver is a name the lexicon does not know: in "Germany pledged
// $80m, the Regional Development Bank $4 billion" the bank gave the
// second amount, not the subject of the verb. The entry is a capitalised
// name (after an optional "the") right before q, after a comma or "and"
// that follows an amount of q's kind.
func (a *analysis) unnamedEntry(q *quantity, s span) bool {
	if q.kind != news.KindMoney {
		return false
	}
	if _, ok := a.entryActor(q, s); ok {
		return false
	}
	start := a.entryName(q, s)
	if start < 0 {
		return false
	}
	k := start - 1
	if a.lw(k) == "the" {
		k--
	}
	if k <= s.start || (a.tx(k) != "," && a.lw(k) != "and") {
		return false
	}
	_, ok := a.entryBefore(k, q, s)
	return ok
}

// entryName returns the first token of the capitalised name (up to six
// words) right before quantity q, or -1.
func (a *analysis) entryName(q *quantity, s span) int {
	k := q.start - 1
	n := 0
	for k > s.start && n < 6 && a.toks[k].kind == tWord && a.upper(k) {
		k--
		n++
	}
	if n == 0 || k <= s.start {
		return -1
	}
	return k + 1
}

// ruleSoDid names a second donor of the same amount added by an elliptic
// clause: "Saudi Arabia will give $60 million, so did Qatar".
const ruleSoDid = "money.so-did"

// soDid adds to a one-donor money frame the donor of an elliptic clause
// after the amount that repeats the commitment: "…, so did neighbouring
// Qatar", "…, as did Kuwait", "and so has Norway". Each gets the amount.
// The clause must follow in the same sentence within 25 tokens, with at
// most four lower-case words between the auxiliary and the actor.
func (a *analysis) soDid(f *frame, q *quantity) frame {
	if len(f.actors) != 1 || strings.HasPrefix(f.actors[0].code, "group:") {
		return *f
	}
	s := a.sents[q.sent]
	for k := q.end; k+2 < s.end && k-q.end < 25; k++ {
		if a.tx(k) == ";" {
			return *f
		}
		if w := a.lw(k); w != "so" && w != "as" {
			continue
		}
		switch a.lw(k + 1) {
		case "did", "does", "has", "have", "had", "will", "would":
		default:
			continue
		}
		for j := k + 2; j < s.end && j <= k+6; j++ {
			if r := a.actorAt[j]; r >= 0 && a.actors[r].start == j {
				am := a.actors[r]
				if am.code == f.actors[0].code || am.cls == cDemonym {
					return *f
				}
				g := *f
				g.actors = []actorMention{f.actors[0], am}
				g.window = span{f.window.start, max(f.window.end, am.end)}
				if g.name == "" {
					g.name = ruleSoDid
				}
				return g
			}
			if a.toks[j].kind == tWord && a.upper(j) || a.toks[j].kind == tPunct && a.tx(j) != "-" {
				return *f
			}
		}
		return *f
	}
	return *f
}

// ownerNounSubject reports whether token k starts an owner pronoun with
// modifiers and a noun of a country that is the subject of the verb at v:
// "his oil-rich nation will give", "her small country has pledged" (the
// lexicon knows "his nation" and "his country" without modifiers).
func (a *analysis) ownerNounSubject(k, v int, s span) bool {
	switch a.lw(k) {
	case "his", "her", "their", "our":
	default:
		return false
	}
	j := k + 1
	mods := 0
	for j < v && mods < 4 && (a.toks[j].kind == tWord && !a.upper(j) || a.tx(j) == "-") && !countryNoun(a.lw(j)) {
		j++
		mods++
	}
	if mods == 0 || j >= v || !countryNoun(a.lw(j)) {
		return false
	}
	for j++; j < v; j++ {
		if !a.has(j, cSubjectFollower, cPerfectAux, cIrrealis) {
			return false // "will", "has", "also" only before the verb
		}
	}
	return true
}

// countryNoun reports whether w names a country as a polity.
func countryNoun(w string) bool {
	return w == "nation" || w == "country" || w == "government" || w == "kingdom"
}
