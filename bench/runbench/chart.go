package main

import (
	"fmt"
	"image/color"
	"os"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// chart draws wall time against N, one panel per command: ours (solid)
// beside the floor (dashed), for apply and destroy the floor plus order
// processing (dotted), and the schema floor (dash-dotted, with the orders
// for apply and destroy), one colour per CLI and one marker per series.
func (res *results) chart(path string) error {
	var ns []workload
	for _, w := range res.workloads {
		if !w.data {
			ns = append(ns, w)
		}
	}
	cmds := commands(res.opts.parallelism)
	const cols = 2
	rows := (len(cmds) + cols - 1) / cols
	grid := make([][]*plot.Plot, rows)
	for i := range grid {
		grid[i] = make([]*plot.Plot, cols)
	}
	for i, cmd := range cmds {
		p, err := res.panel(cmd.name, ns)
		if err != nil {
			return err
		}
		grid[i/cols][i%cols] = p
	}

	img := vgimg.New(12*vg.Inch, vg.Length(rows)*4.5*vg.Inch)
	dc := draw.New(img)
	dc.SetColor(color.White)
	dc.Fill(dc.Path())
	tiles := draw.Tiles{Rows: rows, Cols: cols, PadX: vg.Inch / 4, PadY: vg.Inch / 4,
		PadTop: vg.Inch / 8, PadBottom: vg.Inch / 8, PadLeft: vg.Inch / 8, PadRight: vg.Inch / 8}
	canvases := plot.Align(grid, tiles, dc)
	for r := range grid {
		for c, p := range grid[r] {
			if p != nil {
				p.Draw(canvases[r][c])
			}
		}
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(f); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

func (res *results) panel(command string, ns []workload) (*plot.Plot, error) {
	p := plot.New()
	p.Title.Text = command
	p.X.Label.Text = "N (resources)"
	p.Y.Label.Text = "wall time (s), median"
	p.Y.Min = 0
	p.Legend.Top, p.Legend.Left = true, true
	if len(ns) > 1 {
		p.X.Scale = plot.LogScale{}
		p.X.Tick.Marker = plot.LogTicks{Prec: -1}
	}
	top := 0.0
	for i, c := range res.clis {
		mine, fl, plus, shape := plotter.XYs{}, plotter.XYs{}, plotter.XYs{}, plotter.XYs{}
		shapeName := "schema floor"
		for _, w := range ns {
			k := key{cli: c.label, w: w, command: command}
			s, f, ok := res.oursAndFloor(k)
			if !ok {
				continue
			}
			x := float64(w.n)
			mine = append(mine, plotter.XY{X: x, Y: s.wall.Seconds()})
			fl = append(fl, plotter.XY{X: x, Y: f.wall.Seconds()})
			d := res.orderFloor(w, command)
			if d > 0 {
				plus = append(plus, plotter.XY{X: x, Y: (f.wall + d).Seconds()})
				shapeName = "schema floor + orders"
			}
			k.side = schemaFloor
			if sf, ok := res.summary(k); ok {
				shape = append(shape, plotter.XY{X: x, Y: (sf.wall + d).Seconds()})
			}
		}
		series := []struct {
			name   string
			xys    plotter.XYs
			dashes []vg.Length
		}{
			{"ours", mine, nil},
			{"floor", fl, []vg.Length{vg.Points(6), vg.Points(3)}},
			{"floor + orders", plus, []vg.Length{vg.Points(1), vg.Points(3)}},
			{shapeName, shape, []vg.Length{vg.Points(6), vg.Points(2), vg.Points(1), vg.Points(2)}},
		}
		for j, s := range series {
			if len(s.xys) == 0 {
				continue
			}
			for _, xy := range s.xys {
				top = max(top, xy.Y)
			}
			line, points, err := plotter.NewLinePoints(s.xys)
			if err != nil {
				return nil, err
			}
			line.Color, points.Color = plotutil.Color(i), plotutil.Color(i)
			line.Dashes = s.dashes
			points.Shape = plotutil.Shape(j)
			p.Add(line, points)
			p.Legend.Add(fmt.Sprintf("%s, %s", c.label, s.name), line, points)
		}
	}
	p.Y.Max = top * 1.35 // room for the legend
	return p, nil
}
