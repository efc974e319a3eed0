package extractor

// Money in brackets after a name: an organisation with its amount in
// brackets is an item of a list of givers that gives no line of its own.
// (A share of a gift named in brackets after the place it goes to,
// "projects in Chad (€50 million); Mali (€24 million)", gives no line:
// read as the giver's share it was wrong on most unseen pages, where a
// bracket after a country more often gives that country's own amount.)

import "github.com/pledgewatch/pledgewatch/internal/news"

// orgBracketItem reports whether money o follows, in brackets, the name
// of an organisation (capitalised words that name no country, after
// "the" or not): "from the World Bank ($10 million)", an item of a list
// of givers that gives no line of its own. before is the word before
// the name ("from"), "" at the start of the sentence.
func (a *analysis) orgBracketItem(o *quantity, s span) (before string, ok bool) {
	if o.sent != a.sentOf(s) || o.kind != news.KindMoney || o.num == nil || o.start-2 < s.start || a.tx(o.start-1) != "(" || o.end >= s.end || a.tx(o.end) != ")" {
		return "", false
	}
	k := o.start - 2
	for k >= s.start && o.start-2-k < 5 && a.toks[k].kind == tWord && a.upper(k) && (a.actorAt[k] < 0 || len(a.actors[a.actorAt[k]].code) != 2) {
		k-- // (a group or an organisation named as an actor: "the United Nations")
	}
	if k == o.start-2 {
		return "", false
	}
	if k >= s.start && a.lw(k) == "the" {
		k--
	}
	if k < s.start {
		return "", true
	}
	return a.lw(k), true
}
