#!/usr/bin/env bash
# Imports a generated 1,000,000-row Spanish call-centre CSV (Windows-1252, semicolons, day-first
# dates, decimal commas) with `momentos import` under a 512 MB heap, in a throw-away data
# directory, and prints the time. Usage: scripts/import-million.sh [rows]   (default 1000000)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-1000000}"
work="$(mktemp -d /tmp/momentos-import-million.XXXXXX)"
trap 'rm -rf "$work"' EXIT
file="$work/llamadas.csv"

awk -v rows="$rows" 'BEGIN {
  print "Id;Fecha;Cliente;Motivo;Comentario;Valoración;Agente;Tienda"
  for (i = 1; i <= rows; i++) {
    printf "L-%d;%02d/%02d/2025 %02d:%02d;cliente%d@example.test;Facturación;\"Me cobraron dos veces; el agente fue amable\";%d,5;Agente %d;Tienda %d\n",
      i, (i % 28) + 1, (i % 12) + 1, i % 24, i % 60, i % 50000, (i % 4) + 1, i % 30, i % 40
  }
}' | iconv -f UTF-8 -t WINDOWS-1252 > "$file"
echo "$(wc -l < "$file") lines, $(du -h "$file" | cut -f1)"

"$root/momentos" --help > /dev/null   # builds the jar when needed
start=$(date +%s)
MOMENTOS_JAVA_OPTS="-Xmx512m" "$root/momentos" import --data "$work/db" --workspace momentos --file "$file" \
  --source CALL --time-zone Europe/Madrid
end=$(date +%s)
echo "Imported in $((end - start)) s with -Xmx512m (including starting Momentos and its embedded PostgreSQL)"
