package calibrate

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// Bands are the probability bands of a reliability table: [0, 0.2),
// [0.2, 0.4) … [0.8, 1].
var Bands = []float64{0, 0.2, 0.4, 0.6, 0.8, 1}

// Band is one row of a reliability table.
type Band struct {
	Low, High   float64
	Lines       int
	Right       int
	MeanProb    float64
	Precision   float64 // Right / Lines; 0 for an empty band
	WrongCaught int     // wrong lines in the band
}

// Reliability sorts lines into Bands by probability p[i] and counts the
// right ones (right[i]).
func Reliability(p []float64, right []bool) []Band {
	out := make([]Band, len(Bands)-1)
	for b := range out {
		out[b].Low, out[b].High = Bands[b], Bands[b+1]
	}
	for i, pi := range p {
		b := len(out) - 1
		for j := range out {
			if pi < out[j].High {
				b = j
				break
			}
		}
		out[b].Lines++
		out[b].MeanProb += pi
		if right[i] {
			out[b].Right++
		} else {
			out[b].WrongCaught++
		}
	}
	for b := range out {
		if out[b].Lines > 0 {
			out[b].MeanProb /= float64(out[b].Lines)
			out[b].Precision = float64(out[b].Right) / float64(out[b].Lines)
		}
	}
	return out
}

// Queue is what a review queue at a threshold holds.
type Queue struct {
	Threshold float64
	// Lines and Wrong count all lines and the wrong ones; Queued and
	// Caught those with a probability below the threshold.
	Lines, Wrong, Queued, Caught int
}

// QueueAt returns the review queue of lines with p[i] < threshold.
func QueueAt(p []float64, right []bool, threshold float64) Queue {
	q := Queue{Threshold: threshold, Lines: len(p)}
	for i, pi := range p {
		if !right[i] {
			q.Wrong++
		}
		if pi < threshold {
			q.Queued++
			if !right[i] {
				q.Caught++
			}
		}
	}
	return q
}

// Share is the share of all lines in the queue.
func (q Queue) Share() float64 { return ratio(q.Queued, q.Lines) }

// CaughtShare is the share of the wrong lines in the queue.
func (q Queue) CaughtShare() float64 { return ratio(q.Caught, q.Wrong) }

// AtLeast returns the precision of the lines with p ≥ low and their count.
func AtLeast(p []float64, right []bool, low float64) (precision float64, n int) {
	r := 0
	for i, pi := range p {
		if pi >= low {
			n++
			if right[i] {
				r++
			}
		}
	}
	return ratio(r, n), n
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// WriteReport prints a reliability table of p and right under title,
// then the review queue at threshold.
func WriteReport(w io.Writer, title string, p []float64, right []bool, threshold float64) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", title)
	fmt.Fprintf(&b, "%-12s%7s%7s%11s%10s\n", "probability", "lines", "right", "precision", "mean p")
	for _, r := range Reliability(p, right) {
		hi := ")"
		if r.High >= 1 {
			hi = "]"
		}
		prec := "-"
		if r.Lines > 0 {
			prec = fmt.Sprintf("%.3f", r.Precision)
		}
		fmt.Fprintf(&b, "[%.1f, %.1f%s%7d%7d%11s%10.3f\n", r.Low, r.High, hi, r.Lines, r.Right, prec, r.MeanProb)
	}
	right80, n80 := AtLeast(p, right, 0.8)
	all, n := AtLeast(p, right, 0)
	fmt.Fprintf(&b, "all lines: %d, right %.3f; p >= 0.8: %d lines, right %.3f\n", n, all, n80, right80)
	fmt.Fprintf(&b, "log-loss %.3f, AUC %.3f\n", LogLoss(p, right), AUC(p, right))
	q := QueueAt(p, right, threshold)
	fmt.Fprintf(&b, "review queue (p < %.2f): %d of %d lines (%.1f%%), %d of %d wrong lines caught (%.1f%%)\n",
		threshold, q.Queued, q.Lines, 100*q.Share(), q.Caught, q.Wrong, 100*q.CaughtShare())
	_, err := io.WriteString(w, b.String())
	return err
}

// LogLoss is the mean negative log-likelihood of the labels right under
// the probabilities p (clipped to [0.001, 0.999]).
func LogLoss(p []float64, right []bool) float64 {
	if len(p) == 0 {
		return 0
	}
	s := 0.0
	for i, pi := range p {
		pi = min(0.999, max(0.001, pi))
		if right[i] {
			s -= math.Log(pi)
		} else {
			s -= math.Log(1 - pi)
		}
	}
	return s / float64(len(p))
}

// AUC is the probability that a right line has a higher p than a wrong
// one (ties count half).
func AUC(p []float64, right []bool) float64 {
	var num, den float64
	for i := range p {
		if !right[i] {
			continue
		}
		for j := range p {
			if right[j] {
				continue
			}
			den++
			switch {
			case p[i] > p[j]:
				num++
			case p[i] == p[j]:
				num += 0.5
			}
		}
	}
	if den == 0 {
		return 0
	}
	return num / den
}

// WriteSweep prints the review queue at thresholds from 0.3 to 0.7.
func WriteSweep(w io.Writer, p []float64, right []bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s%8s%8s\n", "threshold", "queue", "caught")
	for t := 30; t <= 70; t += 5 {
		q := QueueAt(p, right, float64(t)/100)
		fmt.Fprintf(&b, "%-10.2f%7.1f%%%7.1f%%\n", float64(t)/100, 100*q.Share(), 100*q.CaughtShare())
	}
	_, err := io.WriteString(w, b.String())
	return err
}
