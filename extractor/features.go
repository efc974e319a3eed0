package extractor

import (
	"math"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/calibrate"
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// The features of a line: what the rules know about one commitment, the
// input of the confidence model (see confidence.go). The dense part has a
// fixed vocabulary (denseNames); the rule ids of the line other than its
// frame and kind are sparse indicators named "rule:<id>".

// Indexes of the dense features.
const (
	fHand          = iota // the hand-set confidence of the frame, as before the model
	fFrameList            // frame one-hot: frame.list
	fFrameActive          // frame.active
	fFramePassive         // frame.passive
	fFrameNoun            // frame.noun
	fFramePronoun         // frame.pronoun
	fFrameSupport         // frame.to-support
	fFrameGapped          // frame.gapped
	fFramePresence        // frame.presence
	fFrameBullet          // frame.bullet
	fFrameOther           // any other frame rule id
	fKindTroops           // kind one-hot
	fKindMoney
	fKindEquipment
	fKindSupport
	fNumber    // the text gives a number
	fQualifier // "about", "up to" …
	fNumWords  // the number is written in words
	fValueLog  // log10(1 + value), 0 without a number
	fPledged   // status one-hot
	fDelivered
	fConsidering
	fDeclined
	fForced        // status forced by the frame ("bringing it to", "up from")
	fStatusCue     // a status cue was found
	fActorCountry  // the actor mention is a country name
	fActorDemonym  // "German", "British"
	fActorMetonym  // "Washington", "the Kremlin"
	fActorLeader   // a leader or titled official
	fActorGroup    // a group of countries ("group:…")
	fActorOrg      // EU or NATO
	fActorPronoun  // the actor stands behind a pronoun or description
	fActorFar      // the antecedent is more than one sentence back
	fActorReporter // the mention is the source of a report ("X said")
	fFrameActors   // log(1 + actors in the frame)
	fDistActAnch   // log(1 + tokens between actor and anchor)
	fDistAnchQ     // log(1 + tokens between anchor and quantity)
	fDistActQ      // log(1 + tokens between actor and quantity)
	fActorAfter    // the actor comes after the anchor
	fQBefore       // the quantity comes before the anchor
	fNoAnchor      // the frame has no anchor
	fHeadline      // the line is in the first line of the text
	fListLine      // the line starts with a bullet or dash
	fQuote         // the quantity is inside quotation marks
	fSentLen       // log(1 + tokens in the sentence)
	fSentActors    // log(1 + actor mentions in the sentence)
	fSentQuants    // log(1 + quantities in the sentence)
	fRecipient     // a recipient was found
	fRepeats       // log(1 + other lines of the text with the same actor, kind and value)
	fShared        // several actors share one stated value ("X and Y pledged $2bn")
	fTroopsNoNum   // troops without a number
	fEquipNoNum    // equipment without a number
	fActorGets     // the actor is the recipient of a line of the text
	fActorSubject  // the actor mention can be a subject (not after a preposition, not a modifier)
	fIrrealis      // the sentence has an irrealis cue ("if", "would")
	fReporting     // the sentence has a reporting verb ("said")
	fBreakBetween  // a clause break or comma between the actor and the anchor
	fNegation      // a negation ("not", "nor", "never") in the sentence
	fActorPassive  // a passive auxiliary right after the actor ("X was allocated")
	fActorShare    // the actor's share of the actor mentions of the text
	fActorHead     // the actor is named in the first line of the text
	fEarlierSame   // log(1 + earlier lines of the text with the same actor and kind)
	nBase          // the context features follow (features_context.go)
)

// nDense is the number of dense features: the base and context ones.
const nDense = nBase + nCtx

// denseNames are the names of the dense features, in index order. A
// model file names its weights; names missing from it weigh nothing.
var denseNames = func() (n [nDense]string) {
	copy(n[:], baseNames[:])
	copy(n[nBase:], ctxNames[:])
	return n
}()

// baseNames are the names of the base features, in index order.
var baseNames = [nBase]string{
	"hand", "frame.list", "frame.active", "frame.passive", "frame.noun", "frame.pronoun",
	"frame.to-support", "frame.gapped", "frame.presence", "frame.bullet", "frame.other",
	"kind.troops", "kind.money", "kind.equipment", "kind.support",
	"number", "qualifier", "number.words", "value.log",
	"status.pledged", "status.delivered", "status.considering", "status.declined", "status.forced", "status.cue",
	"actor.country", "actor.demonym", "actor.metonym", "actor.leader", "actor.group", "actor.org",
	"actor.pronoun", "actor.far", "actor.reporter", "frame.actors",
	"dist.actor-anchor", "dist.anchor-quantity", "dist.actor-quantity", "actor.after-anchor",
	"quantity.before-anchor", "anchor.none",
	"line.headline", "line.list", "line.quote", "sent.tokens", "sent.actors", "sent.quantities",
	"recipient", "doc.repeats",
	"value.shared", "troops.no-number", "equipment.no-number", "actor.recipient",
	"actor.subject", "sent.irrealis", "sent.reporting", "actor-anchor.break",
	"sent.negation", "actor.passive", "actor.share", "actor.headline", "doc.earlier-same",
}

// frameFeature returns the one-hot feature of a frame rule id, and false
// for any other rule id (a switch: it is asked for every rule of every line).
func frameFeature(rule string) (int, bool) {
	switch rule {
	case ruleList:
		return fFrameList, true
	case ruleActive:
		return fFrameActive, true
	case rulePassive:
		return fFramePassive, true
	case ruleNoun:
		return fFrameNoun, true
	case rulePronoun:
		return fFramePronoun, true
	case ruleSupport:
		return fFrameSupport, true
	case ruleGapped:
		return fFrameGapped, true
	case rulePresence:
		return fFramePresence, true
	case ruleBullet:
		return fFrameBullet, true
	}
	return 0, false
}

// RulePrefix starts the name of a sparse rule feature: "rule:anchor.pledged".
const RulePrefix = calibrate.SparsePrefix

// FeatureNames returns the names of the dense features, in a fixed order.
func FeatureNames() []string { return append([]string(nil), denseNames[:]...) }

// lineFeat is the dense features of one emitted line, with the key that
// finds its commitment again after de-duplication and sorting.
type lineFeat struct {
	x      [nDense]float64
	actor  string
	item   string
	kind   news.Kind
	status news.Status
	value  float64
	start  int
}

// addLineFeatures appends to a.featBuf the features of commitment c,
// built by commitment from frame f, quantity q and actor am (all read
// only). The features of the whole text (repeats, lines per sentence) are
// added by confidence.
func (a *analysis) addLineFeatures(f *frame, q *quantity, am *actorMention, c *news.Commitment) {
	// (filled in place: a lineFeat is large, a literal would be copied)
	a.featBuf = append(a.featBuf, lineFeat{})
	lf := &a.featBuf[len(a.featBuf)-1]
	lf.actor, lf.item, lf.kind, lf.status, lf.value, lf.start = c.Actor, c.Item+c.Currency, c.Kind, c.Status, c.Number(), c.Start
	x := &lf.x
	x[fHand] = c.Confidence
	if i, ok := frameFeature(f.rule); ok {
		x[i] = 1
	} else {
		x[fFrameOther] = 1
	}
	switch q.kind {
	case news.KindTroops:
		x[fKindTroops] = 1
	case news.KindMoney:
		x[fKindMoney] = 1
	case news.KindEquipment:
		x[fKindEquipment] = 1
	default:
		x[fKindSupport] = 1
	}
	if q.num != nil {
		x[fNumber] = 1
		x[fQualifier] = b2f(q.num.qualifier != "")
		x[fNumWords] = b2f(q.num.words)
		x[fValueLog] = math.Log10(1 + math.Abs(q.num.value))
	}
	switch c.Status {
	case news.StatusPledged:
		x[fPledged] = 1
	case news.StatusDelivered:
		x[fDelivered] = 1
	case news.StatusConsidering:
		x[fConsidering] = 1
	case news.StatusDeclined:
		x[fDeclined] = 1
	}
	x[fForced] = b2f(f.forced != "")
	for _, r := range c.Rules {
		if strings.HasPrefix(r, "status.") {
			x[fStatusCue] = 1
		}
	}
	switch am.cls {
	case cCountry:
		x[fActorCountry] = 1
	case cDemonym:
		x[fActorDemonym] = 1
	case cMetonym:
		x[fActorMetonym] = 1
	case cLeader:
		x[fActorLeader] = 1
	}
	x[fActorGroup] = b2f(strings.HasPrefix(am.code, "group:"))
	x[fActorOrg] = b2f(am.code == "EU" || am.code == "NATO")
	x[fActorPronoun] = b2f(f.anaphor.end > f.anaphor.start || am.sent != q.sent)
	x[fActorFar] = b2f(am.far)
	x[fActorReporter] = b2f(am.reporter)
	x[fActorSubject] = b2f(am.subject)
	x[fActorPassive] = b2f(am.sent == q.sent && a.has(am.end, cPassiveAux))
	if len(a.actors) > 0 {
		st := a.stats.of(am.code)
		x[fActorHead] = b2f(st.head)
		x[fActorShare] = float64(st.n) / float64(len(a.actors))
	}
	x[fFrameActors] = log1(len(f.actors))
	// where the actor stands in this sentence: its mention or the
	// pronoun that stands for it
	act := am.span
	if am.sent != q.sent && f.anaphor.end > f.anaphor.start {
		act = f.anaphor
	}
	actHere := act.end > act.start && (am.sent == q.sent || f.anaphor.end > f.anaphor.start)
	if f.anchor.end > f.anchor.start {
		if actHere {
			x[fDistActAnch] = log1(gap(act, f.anchor))
			x[fBreakBetween] = b2f(a.breakBetween(act, f.anchor))
			x[fActorAfter] = b2f(act.start >= f.anchor.end)
		}
		x[fDistAnchQ] = log1(gap(f.anchor, q.span))
		x[fQBefore] = b2f(q.end <= f.anchor.start)
	} else {
		x[fNoAnchor] = 1
	}
	if actHere {
		x[fDistActQ] = log1(gap(act, q.span))
	}
	if q.sent >= 0 && q.sent < len(a.sents) {
		s := a.sents[q.sent]
		x[fHeadline] = b2f(s.start < a.stats.head)
		x[fListLine] = b2f(a.listLine(s))
		x[fQuote] = b2f(a.quoted(s.start, q.start))
		x[fSentLen] = log1(s.end - s.start)
		// the classes of the sentence's words (computeStats), and its
		// negation, read once per sentence
		x[fIrrealis] = b2f(a.stats.sentCls[q.sent]&(1<<cIrrealis) != 0)
		x[fReporting] = b2f(a.stats.sentCls[q.sent]&(1<<cReporting) != 0)
		x[fNegation] = b2f(a.negatedSentence(q.sent))
		if q.sent < len(a.sentActors) {
			r := a.sentActors[q.sent]
			x[fSentActors] = log1(r.end - r.start)
		}
		x[fSentQuants] = log1(a.stats.sentQuants[q.sent])
	}
	x[fRecipient] = b2f(c.Recipient != "")
	x[fShared] = b2f(len(f.actors) > 1 && q.num != nil)
	x[fTroopsNoNum] = b2f(q.kind == news.KindTroops && q.num == nil)
	x[fEquipNoNum] = b2f(q.kind == news.KindEquipment && q.num == nil)
	if a.wantCtx {
		a.contextFeatures(lf, f, q, am)
	}
}

// firstLineEnd returns the index of the first token after the first line.
func (a *analysis) firstLineEnd() int {
	for k := 1; k < len(a.toks); k++ {
		if a.toks[k].nl {
			return k
		}
	}
	return len(a.toks)
}

// listLine reports whether sentence s starts a line with a bullet or dash.
func (a *analysis) listLine(s span) bool {
	if s.start >= s.end || !a.toks[s.start].nl {
		return false
	}
	switch a.tx(s.start) {
	case "-", "*", "•", "–", "—", "·":
		return true
	}
	return false
}

// quoted reports whether token k sits inside quotation marks opened after
// token from.
func (a *analysis) quoted(from, k int) bool {
	open := false
	for j := from; j < k && j < len(a.toks); j++ {
		switch a.tx(j) {
		case "“":
			open = true
		case "”":
			open = false
		case "\"":
			open = !open
		}
	}
	return open
}

// breakBetween reports whether a clause break or a comma stands between
// spans x and y.
func (a *analysis) breakBetween(x, y span) bool {
	from, to := x.end, y.start
	if y.end <= x.start {
		from, to = y.end, x.start
	}
	for k := from; k < to && k < len(a.toks); k++ {
		if a.has(k, cClauseBreak) || a.tx(k) == "," {
			return true
		}
	}
	return false
}

// gap is the number of tokens between two spans, 0 when they touch or overlap.
func gap(x, y span) int {
	switch {
	case x.end <= y.start:
		return y.start - x.end
	case y.end <= x.start:
		return x.start - y.end
	}
	return 0
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
