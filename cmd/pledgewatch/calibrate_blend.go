package main

// calibrate --blend and --queue-share: a fitted model averaged with
// another model file, and its intercept moved for a chosen review queue.

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/calibrate"
)

const calibrateBlendHelp = `
--blend MODEL[,WEIGHT] averages the fitted model with the model file
MODEL: a line's log-odds become WEIGHT times its log-odds under MODEL
plus 1−WEIGHT times those under the new fit (WEIGHT from 0 to 1, default
0.5). Blend when you have two honest fits on different data: say the
built-in model, fitted on one set, calibrated low but ranking new pages
less well, and a fit on dumped lines of other sets (--lines) that ranks
better but is calibrated high, so that its review queue stays nearly
empty. Their average ranks about as well as the better one, and
--queue-share then sets how many lines go to review.

--queue-share Q moves the intercept of the model (after the blend, if
any) so that a share Q (between 0 and 1, say 0.4) of the training lines,
each counted once, gets a probability below the review threshold. The
order of the lines is the model's; only the level moves.

With either option the tables show the final model, in-sample and
cross-validated (each fold's fit blended and shifted on its own training
lines), and the model's description records the command.

  calibrate --lines A.jsonl --lines B.jsonl \
      --blend extractor/model/confidence.json,0.5 --queue-share 0.4 --out m.json`

// blendSpec is what --blend and --queue-share ask for after a fit.
type blendSpec struct {
	model  *calibrate.Model // nil: no blend
	path   string
	weight float64 // of model
	// share is the asked share of training lines below threshold; 0
	// leaves the intercept alone.
	share, threshold float64
	// command is the calibrate command line, for the description.
	command string
}

// parseBlend reads --blend spec ("" for none) and --queue-share share
// (given or not).
func parseBlend(spec string, share float64, shareGiven bool, threshold float64, args []string) (blendSpec, error) {
	bs := blendSpec{threshold: threshold, command: "pledgewatch calibrate " + strings.Join(args, " ")}
	if shareGiven {
		if !(share > 0 && share < 1) {
			return bs, usagef("calibrate: --queue-share %v: want a share between 0 and 1, not including them (0.4 puts 40%% of the training lines below the review threshold)", share)
		}
		if !(threshold > 0 && threshold < 1) {
			return bs, usagef("calibrate: --queue-share needs a review threshold between 0 and 1, not %v (set --threshold or review.threshold)", threshold)
		}
		bs.share = share
	}
	if spec == "" {
		return bs, nil
	}
	path, weight := spec, 0.5
	if j := strings.LastIndexByte(spec, ','); j >= 0 {
		w, err := strconv.ParseFloat(spec[j+1:], 64)
		if err != nil || !(w >= 0 && w <= 1) {
			return bs, usagef("calibrate: --blend %q: want MODEL or MODEL,WEIGHT with WEIGHT from 0 to 1 (the share of MODEL's log-odds, default 0.5)", spec)
		}
		path, weight = spec[:j], w
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return bs, usagef("calibrate: --blend: %v (want a model file written by calibrate --out, such as extractor/model/confidence.json)", err)
	}
	m, err := calibrate.Parse(b)
	if err != nil {
		return bs, usageError{fmt.Errorf("calibrate: --blend %s: %w (want a model file written by calibrate --out)", path, err)}
	}
	bs.model, bs.path, bs.weight = m, path, weight
	return bs, nil
}

func (bs blendSpec) active() bool { return bs.model != nil || bs.share > 0 }

// apply blends the model fitted on train and moves its intercept, as
// asked; it returns the share of train below the threshold (or -1 when
// the intercept was left alone).
func (bs blendSpec) apply(m *calibrate.Model, train []calibrate.Line) (*calibrate.Model, float64, error) {
	met := -1.0
	if bs.model != nil {
		b, err := calibrate.Blend(bs.model, m, bs.weight)
		if err != nil {
			return nil, 0, fmt.Errorf("calibrate: --blend: %w", err)
		}
		b.Description, b.Date = m.Description, m.Date
		m = b
	}
	if bs.share > 0 {
		s, share, err := calibrate.ShiftForQueue(m, train, bs.share, bs.threshold)
		if err != nil {
			return nil, 0, fmt.Errorf("calibrate: --queue-share: %w", err)
		}
		m, met = s, share
	}
	return m, met, nil
}

// fold is apply for a cross-validation fold.
func (bs blendSpec) fold(m *calibrate.Model, train []calibrate.Line) (*calibrate.Model, error) {
	m, _, err := bs.apply(m, train)
	return m, err
}

// describe returns the description of the final model made from a fit
// described by fitDesc on n lines, with share met of them below the
// threshold.
func (bs blendSpec) describe(fitDesc string, n int, met float64) string {
	var b strings.Builder
	if bs.model != nil {
		fmt.Fprintf(&b, "logit average of %g × %s (%s) and %g × a fit on %s", bs.weight, bs.path, bs.model.Description, 1-bs.weight, fitDesc)
	} else {
		b.WriteString(fitDesc)
	}
	if met >= 0 {
		fmt.Fprintf(&b, "; intercept moved so that %.1f%% of the %d training lines fall below %g (asked %g)", met*100, n, bs.threshold, bs.share)
	}
	fmt.Fprintf(&b, "; made by: %s", bs.command)
	return b.String()
}
