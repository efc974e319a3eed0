package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// lineMem is the memory of the lines an analysis builds (commitment.go):
// blocks that the rules and the numbers of many lines share, and the rule
// ids of anchors and status cues already spelt. A long text builds
// thousands of lines; one allocation each for their rules, number and
// rule ids was most of the allocations of a text.
//
// The blocks are handed out and never reused: the lines returned keep
// their rules and numbers. Each line gets its own part of a block, with
// the capacity a fresh allocation would have had, so an append to one
// line's rules never writes into another's.
type lineMem struct {
	rules  []string
	ints   []int64
	floats []float64
	// anchors maps the text of an anchor to its rule id, statuses a
	// status and cue to theirs (the ids do not depend on anything else).
	anchors  map[string]string
	statuses map[lineStatusKey]string
}

// lineStatusKey is the status of a line and the cue that decided it.
type lineStatusKey struct {
	status news.Status
	cue    string
}

// Sizes of lineMem's blocks and of its maps of rule ids.
const (
	lineRulesCap  = 6   // the rules of most lines fit
	lineBlock     = 128 // lines per block
	lineNamesKept = 1 << 12
)

// ruleSlice returns an empty slice of capacity lineRulesCap for the rules
// of one line.
func (m *lineMem) ruleSlice() []string {
	if len(m.rules) < lineRulesCap {
		m.rules = make([]string, lineRulesCap*lineBlock)
	}
	r := m.rules[:0:lineRulesCap]
	m.rules = m.rules[lineRulesCap:]
	return r
}

// int64 returns a pointer to a new int64 holding v.
func (m *lineMem) int64(v int64) *int64 {
	if len(m.ints) == 0 {
		m.ints = make([]int64, lineBlock)
	}
	p := &m.ints[0]
	m.ints = m.ints[1:]
	*p = v
	return p
}

// float64 returns a pointer to a new float64 holding v.
func (m *lineMem) float64(v float64) *float64 {
	if len(m.floats) == 0 {
		m.floats = make([]float64, lineBlock)
	}
	p := &m.floats[0]
	m.floats = m.floats[1:]
	*p = v
	return p
}

// anchorRule returns "anchor." and the lower-cased text of an anchor.
func (m *lineMem) anchorRule(text string) string {
	if r, ok := m.anchors[text]; ok {
		return r
	}
	if m.anchors == nil || len(m.anchors) >= lineNamesKept {
		m.anchors = make(map[string]string)
	}
	r := "anchor." + strings.ToLower(text)
	m.anchors[strings.Clone(text)] = r // not a slice of the text: kept for later texts
	return r
}

// statusRule returns "status.", the status, ":" and the lower-cased cue.
func (m *lineMem) statusRule(st news.Status, cue string) string {
	k := lineStatusKey{st, cue}
	if r, ok := m.statuses[k]; ok {
		return r
	}
	if m.statuses == nil || len(m.statuses) >= lineNamesKept {
		m.statuses = make(map[lineStatusKey]string)
	}
	r := "status." + string(st) + ":" + strings.ToLower(cue)
	k.cue = strings.Clone(cue) // not a slice of the text: kept for later texts
	m.statuses[k] = r
	return r
}
