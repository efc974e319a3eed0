package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The status of a commitment said more than once. dropRepeats keeps one
// line of each commitment (the same actor, kind and value, or the same
// item of a headline and the body); the line it keeps is chosen for its
// evidence, not for its status. When the texts' mentions disagree, the
// status the line carries is decided here, in one place:
//
//   - a confirmed handing over in another sentence upgrades a pledge or
//     an offer: "will send 12 ships" … "has provided 12 ships", "agreed to
//     give $3 billion" … "has already received $3 billion", "the first
//     3,000 tents … it has pledged" … "the first 3,000 tents have been
//     delivered" (the same actor and value or item) are one delivered line;
//   - a cumulative recap is no confirmation: "will contribute $300
//     million" … "that brings the total support to $300 million" stays
//     pledged;
//   - a headline's tense yields to the body's: "Norway donates missiles"
//     over "Norway will send missiles", "Belgium sending ships" over
//     "Belgium is sending ships" (the present in body text) stay pledged;
//   - a progressive in body text ("are being sent", "is sending") is no
//     confirmation either;
//   - a gift dated before the promise ("since 2017", "last year") or
//     beside a value the promise marks new ("another", "in new aid") is
//     another commitment of the same value, not its confirmation;
//   - nothing is downgraded, and a refusal or a hedge is never changed
//     (those keep the status of the line kept).

// ruleStatusMerged marks a line whose status is delivered because another
// mention of the same commitment, in another sentence, confirms the
// handing over (carryDelivery).
const ruleStatusMerged = "status.merged-delivery"

// statusCarry is one repeat of dropRepeats: the line cs[drop] was
// dropped for cs[keep].
type statusCarry struct{ keep, drop int }

// noteCarry appends the repeat (keep, drop) to carry and returns it.
// Every repeat is noted: a line kept for a confirmation may be dropped in
// turn for a third mention, which then takes the confirmation.
func noteCarry(carry []statusCarry, keep, drop int) []statusCarry {
	return append(carry, statusCarry{keep, drop})
}

// carryDelivery makes delivered the line that stays of each repeat in
// carry that confirms a handing over (confirmsDelivery), with
// ruleStatusMerged among its rules in place of the cue of its old
// status. It runs after dropRepeats has compared every pair, so the
// comparisons saw the statuses as read.
func carryDelivery(cs []news.Commitment, carry []statusCarry) {
	if len(carry) == 0 {
		return
	}
	keptOf := make(map[int]int, len(carry)) // each dropped line: the line it was dropped for
	for _, p := range carry {
		if _, ok := keptOf[p.drop]; !ok {
			keptOf[p.drop] = p.keep
		}
	}
	for _, p := range carry {
		if cs[p.drop].Status != news.StatusDelivered {
			continue
		}
		keep := keptFor(keptOf, p.keep)
		c := &cs[keep]
		if !confirmsDelivery(cs[p.drop], *c) {
			continue
		}
		c.Status = news.StatusDelivered
		// the cue of the status read ("status.considering:offered") no
		// longer holds: the rule of the carry stands for it
		rules := make([]string, 0, len(c.Rules)+1)
		for _, r := range c.Rules {
			if !strings.HasPrefix(r, "status.pledged:") && !strings.HasPrefix(r, "status.considering:") {
				rules = append(rules, r)
			}
		}
		c.Rules = append(rules, ruleStatusMerged)
	}
}

// keptFor returns the line that stays for line i: i itself, or the line
// kept for the line i was dropped for, and so on through keptOf (at most
// len(keptOf) steps: each line is dropped once).
func keptFor(keptOf map[int]int, i int) int {
	for range len(keptOf) {
		next, ok := keptOf[i]
		if !ok {
			break
		}
		i = next
	}
	return i
}

// confirmsDelivery reports whether line d, a repeat of line k in another
// sentence, confirms the handing over of a commitment that k tells as
// pledged or offered: d is delivered, not a cumulative recap, not a
// headline over body text, not a progressive, not dated before the
// promise and not beside a promise of a value marked new.
func confirmsDelivery(d, k news.Commitment) bool {
	if d.Status != news.StatusDelivered || k.Status != news.StatusPledged && k.Status != news.StatusConsidering {
		return false
	}
	if d.Start == k.Start {
		return false // two readings of one sentence: its own status rules decide
	}
	// the headline's tense yields to the body's: "Belgium sending ships"
	// over "Belgium is sending ships" (present in the body: pledged),
	// "Norway donates missiles" over "Norway will send missiles"
	if headlineEvidence(d.Evidence) && !headlineEvidence(k.Evidence) {
		return false
	}
	words := strings.Fields(d.Evidence)
	for i, raw := range words {
		w := strings.ToLower(strings.Trim(raw, ",.;:!?\"'“”‘’()"))
		switch {
		case recapWord(w):
			return false // "brings the total to $300 million"
		case w == "being":
			return false // "are being sent"
		case handingOverProgressive(w) && beBefore(words, i):
			return false // "is sending", "are also sending", in body text
		}
	}
	// "will give $50 million in new aid" … "provided $50 million last
	// year": a new gift and an earlier one of the same value are two
	return !(newGift(k) && !newGift(d)) && !earlierGift(d, futureModal(k.Evidence))
}

// beBefore reports whether a present form of "be" stands before
// words[i], past adverbs ("is also sending", "are now shipping").
func beBefore(words []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := strings.ToLower(strings.Trim(words[j], ","))
		if beForm(w) {
			return true
		}
		if w != "also" && w != "now" && w != "still" && w != "already" && !strings.HasSuffix(w, "ly") {
			return false
		}
	}
	return false
}

// futureModal reports whether text ev holds a modal of the future:
// "will", "would", "shall", "'ll".
func futureModal(ev string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(ev)) {
		switch strings.Trim(w, ",.;:!?\"'“”‘’()") {
		case "will", "would", "shall":
			return true
		}
		if strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
			return true
		}
	}
	return false
}

// recapWord reports whether w marks a sum of what was given so far rather
// than one handing over: "total", "brings", "altogether", "cumulative".
func recapWord(w string) bool {
	switch w {
	case "total", "totals", "totalled", "totaled", "totalling", "totaling", "brings", "bringing", "altogether", "cumulative", "cumulatively":
		return true
	}
	return false
}

// beForm reports whether w is a present form of "be" (an auxiliary of
// the progressive): "is", "are", "am", "'s", "'re".
func beForm(w string) bool {
	switch w {
	case "is", "are", "am", "'s", "'re":
		return true
	}
	return false
}

// newGift reports whether line c marks its value as a new or further gift:
// one of the six words on either side of the value is "new", "another",
// "additional", "further", "more", "extra", "fresh", "latest" or "next"
// ("another $50 million", "$50 million in new aid", "an additional 500
// troops"). A line with no value span has none.
func newGift(c news.Commitment) bool {
	if c.ValueSpan == nil {
		return false
	}
	from, to := c.ValueSpan[0]-c.Start, c.ValueSpan[1]-c.Start
	if from < 0 || to > len(c.Evidence) || from > to {
		return false
	}
	before, after := strings.Fields(c.Evidence[:from]), strings.Fields(c.Evidence[to:])
	near := append(before[max(0, len(before)-6):], after[:min(6, len(after))]...)
	for _, w := range near {
		switch strings.ToLower(strings.Trim(w, ",.;:!?\"'“”‘’()")) {
		case "new", "another", "additional", "further", "more", "extra", "fresh", "latest", "next":
			return true
		}
	}
	return false
}

// earlierGift reports whether evidence of line d dates its handing over
// before the time of a promise: "since 2017", "since the start of the
// war" (a standing state or a sum), "last year"; with future true (the
// promise is told with a modal of the future) also "previously",
// "earlier" or "in the past".
func earlierGift(d news.Commitment, future bool) bool {
	words := strings.Fields(strings.ToLower(d.Evidence))
	for i, raw := range words {
		w := strings.Trim(raw, ",.;:!?\"'“”‘’()")
		next := ""
		if i+1 < len(words) {
			next = strings.Trim(words[i+1], ",.;:!?\"'“”‘’()")
		}
		switch {
		case w == "since" && (next == "the" || len(next) == 4 && next[0] >= '1' && next[0] <= '2'):
			return true
		case w == "last" && (next == "year" || next == "month"):
			return true
		case future && (w == "previously" || w == "earlier" || w == "in" && next == "the" && i+2 < len(words) && strings.HasPrefix(words[i+2], "past")):
			return true
		}
	}
	return false
}
