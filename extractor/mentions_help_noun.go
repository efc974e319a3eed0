package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// helpNounAt recognises a bare "help" at token i as a kind of support
// when a verb of giving governs it as its object ("has offered help to
// the victims", "sent help", "will provide help in rebuilding"): after
// such a verb "help" is a noun, where elsewhere it is mostly the verb
// ("will help rebuild"). It appends the support quantity and returns the
// token after it, or i when token i is no such noun.
func (a *analysis) helpNounAt(si int, s span, i int) int {
	if i <= s.start || i >= s.end || a.claimed[i] || a.lw(i) != "help" || !helpGivingVerb(a.lw(i-1)) {
		return i
	}
	// what may follow the noun: the end, punctuation, a preposition or
	// "and" ("offered help to Turkey", "sent help and supplies")
	if n := i + 1; n < s.end && a.toks[n].kind == tWord {
		switch a.lw(n) {
		case "to", "for", "in", "with", "after", "from", "and", "on", "at", "immediately", "quickly":
		default:
			return i
		}
	}
	q := quantity{sent: si, kind: news.KindSupport, span: span{i, i + 1}, item: a.tx(i)}
	a.quants = append(a.quants, q)
	a.claim(i, i+1)
	return i + 1
}

// helpGivingVerb reports whether w is a form of a verb of giving whose
// object "help" is a noun: offer, provide, send, extend, give, pledge,
// promise.
func helpGivingVerb(w string) bool {
	switch w {
	case "offer", "offers", "offered", "offering", "provide", "provides", "provided", "providing",
		"send", "sends", "sent", "sending", "extend", "extends", "extended", "extending",
		"give", "gives", "gave", "given", "giving", "pledge", "pledges", "pledged", "pledging",
		"promise", "promises", "promised", "promising":
		return true
	}
	return false
}
