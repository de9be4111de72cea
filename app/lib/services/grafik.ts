/**
 * A figure's table drawn as stacked bars: one bar per row (area), one colour per column. The
 * dashboard draws it on screen, the reports into a picture; both from this one configuration.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration
} from 'chart.js';
import type { TabelTampil } from './dasbor-tampil';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Okabe–Ito: told apart by people with the common colour-vision deficiencies.
const WARNA = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** `bertumpuk`: a row's cells add up (counts by category), so they stack; else side by side (an overlap matrix). */
export function konfigurasiGrafik(tabel: TabelTampil, angka: (n: number) => string, bertumpuk = true): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: tabel.baris.map((b) => b.label),
      datasets: tabel.kolom.map((k, j) => ({
        label: k.singkat,
        data: tabel.baris.map((b) => b.nilai[j] ?? 0),
        backgroundColor: WARNA[j % WARNA.length]
      }))
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: bertumpuk }, y: { stacked: bertumpuk, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${angka(c.parsed.y ?? 0)}` } }
      }
    }
  };
}

export function gambarGrafik(canvas: HTMLCanvasElement, tabel: TabelTampil, angka: (n: number) => string, bertumpuk = true): Chart<'bar'> {
  return new Chart(canvas, konfigurasiGrafik(tabel, angka, bertumpuk));
}

/** The chart as a PNG data URL, drawn off screen at a fixed size (for a report page). */
export function grafikPng(tabel: TabelTampil, angka: (n: number) => string, bertumpuk = true, lebar = 1000, tinggi = 420): string {
  const canvas = document.createElement('canvas');
  canvas.width = lebar;
  canvas.height = tinggi;
  const config = konfigurasiGrafik(tabel, angka, bertumpuk);
  config.options = { ...config.options, responsive: false, devicePixelRatio: 1 };
  const chart = new Chart(canvas, config);
  try {
    return chart.toBase64Image('image/png');
  } finally {
    chart.destroy();
  }
}
