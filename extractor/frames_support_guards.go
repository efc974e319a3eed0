package extractor

// Guards of the support frames: phrasings near support that commit no
// help (a question, a hope, a denial, a need, a claim) and objects that
// belong to something else; stances and rankings are guarded in
// frames_support_stance.go.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// unlessQuestion wraps emit so that it drops support asked about in a
// question: "Is the country willing to participate?", "Would Spain join
// the mission?". A question commits no one to help.
func (a *analysis) unlessQuestion(emit func(frame, quantity, string)) func(frame, quantity, string) {
	return func(f frame, q quantity, item string) {
		if q.sent >= 0 && q.sent < len(a.sents) {
			s := a.sents[q.sent]
			last := s.end - 1
			for last > s.start && a.toks[last].kind == tPunct && a.tx(last) != "?" {
				last--
			}
			if a.tx(last) == "?" {
				return
			}
		}
		emit(f, q, item)
	}
}

// countsPeople reports whether a count ending at token k (before "to" at
// to) counts people that no troop noun names: "eight people", "four
// NZDF staff", "12 officers".
func (a *analysis) countsPeople(k, to int) bool {
	for j := k; j < to && j < k+3; j++ {
		switch a.lw(j) {
		case "people", "persons", "staff", "staffers", "officers", "officials", "specialists", "members", "advisers", "advisors", "instructors", "trainers":
			return true
		}
	}
	return false
}

// moneyInSentence reports whether sentence si holds an amount of money.
func (a *analysis) moneyInSentence(si int) bool {
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind == news.KindMoney {
			return true
		}
	}
	return false
}

// stanceVerb reports whether w is a support verb that may state a stance
// ("support the resolution", "back the proposal"), unlike the verbs of a
// task ("monitor the ceasefire", "protect the talks").
func stanceVerb(w string) bool {
	switch w {
	case "support", "back", "bolster", "help", "assist", "defend":
		return true
	}
	return false
}

// hypothetical reports whether the frame's actor and anchor sit in a
// clause opened by "if", "unless" or "whether" with no comma between
// them: "If Britain provided air cover, the mission would be safer".
// ("If needed, Germany will help": the comma closes the condition.)
func (a *analysis) hypothetical(f *frame, s span) bool {
	for j := f.actors[0].start - 1; j >= s.start && j >= f.actors[0].start-3; j-- {
		switch a.lw(j) {
		case "if", "unless", "whether":
			for k := j + 1; k < f.anchor.start && k < s.end; k++ {
				if a.tx(k) == "," {
					return false
				}
			}
			return true
		}
	}
	return false
}

// unlessHopedOrDenied wraps emit so that it drops support that the actor
// needs ("Ukraine needs more aid as …"), that another party hopes for or
// asks of the actor ("Kyiv hopes that Paris will
// provide air support": a wish verb before the actor) or that the actor
// denies giving ("Britain denied that it was providing intelligence": a
// verb of denial before the anchor), that a third party claims or
// accuses it of, or that is only supposed ("if Britain provided …").
func (a *analysis) unlessHopedOrDenied(emit func(frame, quantity, string)) func(frame, quantity, string) {
	return func(f frame, q quantity, item string) {
		if q.sent < 0 || q.sent >= len(a.sents) || len(f.actors) == 0 {
			emit(f, q, item)
			return
		}
		s := a.sents[q.sent]
		// "According to the ambassador of Ukraine, the British are
		// training …": the source of the report gives nothing
		if f.actors = a.withoutSources(f.actors, s); len(f.actors) == 0 {
			return
		}
		first := f.actors[0].start
		// "allies must provide more support": an obligation, a call on them
		for j := f.actors[len(f.actors)-1].end; j < f.anchor.start && j < s.end; j++ {
			switch a.lw(j) {
			case "must", "should", "ought":
				return
			}
		}
		// "Ukraine desperately needs more aid as …": the actor is the one in need
		for j := f.actors[0].end; j < s.end && j < f.actors[0].end+3 && j < f.anchor.start; j++ {
			switch a.lw(j) {
			case "needs", "need", "needed", "requires", "required", "lacks", "lacked":
				return
			}
		}
		// "training requirements", "intelligence services": the noun only
		// modifies another; "temporary protection" of refugees; "support
		// for the arts"; "airstrikes on Kyiv"; "if Britain provided …"
		if a.modifiesNoun(&q, s) || civilProtection(q.item) || genericAid(q.item) && a.noHelpObject(q.end, s) ||
			a.strikeOn(&q, s) || a.hypothetical(&f, s) {
			return
		}
		// "suspended its participation in the arms control treaty"
		if q.end < s.end && a.lw(q.end) == "in" && a.politicalObject(q.end, s) {
			return
		}
		for j := s.start; j < f.anchor.start && j < s.end; j++ {
			switch a.lw(j) {
			case "denied", "denies", "deny", "denying":
				return
			case "claimed", "claims":
				// "state media claimed that Poland was training troops": a
				// third party's claim, not a commitment
				return
			case "hopes", "hoped", "hope", "hoping", "wants", "wanted", "expects", "expected", "urged", "urges", "urging",
				"doubt", "doubts", "doubted":
				if j < first {
					return
				}
			}
		}
		// "China has supplied intelligence to Russia, officials claim": the
		// claim may follow what it claims
		if a.claimAfter(f.anchor.start, s) {
			return
		}
		emit(f, q, item)
	}
}

// countedInSentence reports whether sentence si holds an amount of money
// or materiel with a count.
func (a *analysis) countedInSentence(si int) bool {
	for _, q := range a.quantsOf(si) {
		if q.sent == si && (q.kind == news.KindMoney || q.kind == news.KindEquipment && q.num != nil) {
			return true
		}
	}
	return false
}

// othersPlanWelcomed reports whether the tokens between the actor (ending
// at from) and the anchor at to say that the actor favours or welcomes
// what others do: "Washington is in favour of other countries' plans to
// provide Kyiv with tanks", "Berlin welcomed the decision to send jets".
// The giving belongs to someone else.
//
// The actor may stand sentences before the anchor (a text's donor), so a
// long range is read from the list of the text's words of the class
// (welcomeWordIn), not token by token.
func (a *analysis) othersPlanWelcomed(from, to int) bool {
	from, to = max(0, from), min(to, len(a.toks))
	if to-from > 64 && len(a.vocabWords) > 0 {
		return a.welcomeWordIn(from, to)
	}
	for k := from; k < to; k++ {
		switch a.lw(k) {
		case "favor", "favour", "welcomed", "welcomes", "welcoming", "praised", "praises", "applauded", "hailed":
			return true
		}
	}
	return false
}

// welcomeWordIn reports whether a token of word class wWelcome lies in
// [from, to); the first call for a text lists the class's tokens once.
func (a *analysis) welcomeWordIn(from, to int) bool {
	if !a.welcomeOK {
		a.welcomeAt = a.welcomeAt[:0]
		for k := range a.toks {
			if a.tokHas(k, wWelcome) {
				a.welcomeAt = append(a.welcomeAt, k)
			}
		}
		a.welcomeOK = true
	}
	i, _ := slices.BinarySearch(a.welcomeAt, from)
	return i < len(a.welcomeAt) && a.welcomeAt[i] < to
}

// approvalIdiom reports whether the bare support q is given or lent with a
// possessive to something that is not a country: "gave its support to the
// plan", "lent their backing to the bid", "threw its support behind the
// candidate". ("gave its support to Ukraine" stays help.)
func (a *analysis) approvalIdiom(q *quantity, s span) bool {
	if q.end-q.start != 1 || q.start-2 < s.start || q.end+1 >= s.end {
		return false
	}
	if w := a.lw(q.start); w != "support" && w != "backing" {
		return false
	}
	switch a.lw(q.start - 1) {
	case "its", "their", "his", "her", "our":
	default:
		return false
	}
	switch a.lw(q.start - 2) {
	case "give", "gives", "gave", "given", "giving", "lend", "lends", "lent", "lending", "throw", "throws", "threw", "thrown", "throwing":
	default:
		return false
	}
	if a.lw(q.end) != "to" && a.lw(q.end) != "behind" {
		return false
	}
	j := q.end + 1
	if a.lw(j) == "the" && j+1 < s.end {
		j++
	}
	return a.actorAt[j] < 0
}

// thirdPartyClaim reports whether the giving is only what someone accuses
// or suspects the actor of: "Russia accused Britain of providing
// intelligence", "North Korea is suspected of sending shells", "Kyiv
// accused Minsk of supplying weapons" (a word of accusation or suspicion
// before the anchor in its sentence). The conventions leave out a third
// party's unconfirmed claim; "claimed" or "claims" count when no mention
// of the actor's country stands before them.
func (a *analysis) thirdPartyClaim(f *frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || !a.sentHas(si, wAccusation) {
		return false
	}
	for j := a.sents[si].start; j < f.anchor.start; j++ {
		switch a.lw(j) {
		case "accused", "accuses", "accusing", "accusation", "accusations", "alleged", "alleges", "allegedly",
			"suspected", "suspects", "suspicion", "suspicions", "allegation", "allegations":
			return true
		case "claimed", "claims":
			// "the head of Russia's intelligence service claimed that France
			// is preparing to send …": a claim about the actor by someone
			// who is not the actor ("Britain claimed it would …" is its own)
			if !a.actorNamedBefore(f, a.sents[si].start, j) {
				return true
			}
		}
	}
	return false
}

// lastField splits s into what comes before its last white-space
// separated field and that field ("" when s has none), without
// allocating.
func lastField(s string) (before, last string) {
	if before, last, ok := lastFieldASCII(s); ok {
		return before, last
	}
	body := strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(body, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(body[i:])
		return body[:i], body[i+size:]
	}
	return "", body
}

// lowerWord returns strings.ToLower(w), allocating only when w has an
// upper-case letter.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

// lowerShort returns strings.ToLower(w) for comparing with lower-case
// words: an ASCII word of up to len(buf) bytes is lower-cased into buf
// without allocating, so the result is valid only until buf is written
// again; other words go through lowerWord.
func lowerShort(w string, buf *[16]byte) string {
	if len(w) > len(buf) {
		return lowerWord(w)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return lowerWord(w)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	if len(w) == 0 {
		return ""
	}
	return unsafe.String(&buf[0], len(w))
}

// actorNamedBefore reports whether a mention of one of the frame's actors'
// countries lies in the token range [from, to).
func (a *analysis) actorNamedBefore(f *frame, from, to int) bool {
	for _, am := range a.actorsNear(from, to) {
		if am.start < from || am.end > to {
			continue
		}
		for _, x := range f.actors {
			if x.code == am.code {
				return true
			}
		}
	}
	return false
}
