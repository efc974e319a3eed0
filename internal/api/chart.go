package api

import (
	"html/template"
	"math"
	"strconv"
)

// Chart geometry, in SVG user units.
const (
	chartWidth      = 760
	chartLabelWidth = 200
	chartValueSpace = 200
	chartBarHeight  = 18
	chartGap        = 8
	chartMaxBars    = 30
)

// barValue is one datum of a horizontal bar chart.
type barValue struct {
	Label, Text string
	Value       float64
	// Href is the page of what the bar counts (optional).
	Href template.URL
}

// bar is a laid-out bar.
type bar struct {
	Label, Text string
	Y, TextY    int
	W, ValueX   float64
	Href        template.URL
}

// chart is a horizontal bar chart ready for the "chart" template.
type chart struct {
	Label, Class                         string
	Width, Height, LabelWidth, BarHeight int
	Bars                                 []bar
}

// newChart lays out at most chartMaxBars values (in the given order) with
// bar lengths proportional to the largest value. Negative, NaN and
// infinite values are drawn as zero.
func newChart(label, class string, vs []barValue) chart {
	if len(vs) > chartMaxBars {
		vs = vs[:chartMaxBars]
	}
	maxV := 0.0
	for _, v := range vs {
		if ok(v.Value) && v.Value > maxV {
			maxV = v.Value
		}
	}
	c := chart{Label: label, Class: class, Width: chartWidth, LabelWidth: chartLabelWidth, BarHeight: chartBarHeight,
		Height: chartGap + len(vs)*(chartBarHeight+chartGap)}
	span := float64(chartWidth - chartLabelWidth - chartValueSpace)
	for i, v := range vs {
		w := 0.0
		if maxV > 0 && ok(v.Value) && v.Value > 0 {
			w = math.Round(v.Value/maxV*span*10) / 10
		}
		y := chartGap + i*(chartBarHeight+chartGap)
		c.Bars = append(c.Bars, bar{Label: clip(v.Label), Text: v.Text, Y: y, TextY: y + chartBarHeight - 5,
			W: w, ValueX: float64(chartLabelWidth) + w, Href: v.Href})
	}
	return c
}

func ok(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// formatCount renders 12000 as "12,000".
func formatCount(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := n < 0
	if neg {
		s = s[1:]
	}
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

// roundSig rounds f to three significant digits, for display.
func roundSig(f float64) float64 {
	if f == 0 || !ok(f) {
		return f
	}
	p := math.Pow(10, 2-math.Floor(math.Log10(math.Abs(f))))
	return math.Round(f*p) / p
}
