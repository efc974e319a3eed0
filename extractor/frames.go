package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// frame links a quantity to the actors that commit it.
type frame struct {
	actors []actorMention
	// anchor is the token range of the trigger ("pledged"), cue
	// ("willingness") or list marker (":") that makes the commitment.
	anchor span
	// rule names how the actors were found: list, active, passive, noun, pronoun.
	rule string
	// window is where status cues are looked for.
	window span
	conf   float64
	// forced, when set, is the status whatever the cues say.
	forced news.Status
	// anaphor is the token range of the pronoun or definite description
	// ("it", "the Government") that stands for the actors; empty when the
	// actors are named.
	anaphor span
	// to, when set, is the recipient whatever the clause says: the
	// trainees' country of "train Ukrainian recruits".
	to string
	// name, when set, names the rule that built the frame more closely
	// than rule ("troops.bracket"); it is reported after rule.
	name string
}

// Rule ids reported in news.Commitment.Rules.
const (
	ruleList     = "frame.list"
	ruleActive   = "frame.active"
	rulePassive  = "frame.passive"
	ruleNoun     = "frame.noun"
	rulePronoun  = "frame.pronoun"
	ruleSupport  = "frame.to-support"
	ruleGapped   = "frame.gapped"
	rulePresence = "frame.presence"
	ruleBullet   = "frame.bullet"
)

// commitments turns the analysis into commitments. It reads as the list
// of its stages, in the order of the data flow; each stage is a method of
// lineBuilder, which holds the lines found so far.
func (e *Extractor) commitments(a *analysis) []news.Commitment {
	b := e.newLineBuilder(a) // frames_lines.go: scratch memory and emit
	defer b.release()
	b.completeMentions() // civilian teams and counts, units and modifiers of equipment
	b.quantityLines()    // frames_lines_quantity.go: the frame of each quantity
	b.receiverLines()    // frames_lines_unframed.go: money received, given by the text's donor
	b.unframedLines()    // quantities of no frame: a frame of the sentence or the text
	b.sentenceLines()    // frames_lines_sentence.go: frames with no quantity (support, roles, lists)
	b.fallbackLines()    // frames_lines_unframed.go: quantities no pass used
	b.settleLines()      // frames_lines_settle.go: drop, merge and group the lines
	return b.result()    // frames_lines_result.go: text order, own spans, confidence
}

// ruleRecipientDoc marks a recipient taken from the rest of the document.
const ruleRecipientDoc = "recipient.document"

// farBack is how many sentences back a pronoun or a definite description
// ("the country") looks for the actor it stands for.
const farBack = 8
