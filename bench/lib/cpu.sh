# Shared by the benchmarks: CPU busy (%) of the whole machine over 2 s. Sourced, not run.
machine_busy() {
    local a b
    read -r -a a < <(sed -n 's/^cpu  //p' /proc/stat); sleep 2
    read -r -a b < <(sed -n 's/^cpu  //p' /proc/stat)
    awk -v a="${a[*]}" -v b="${b[*]}" 'BEGIN { n = split(a, x); split(b, y); t = 0
        for (i = 1; i <= n && i <= 8; i++) t += y[i] - x[i]   # guest time is already in user
        idle = (y[4] - x[4]) + (y[5] - x[5]); printf "%.0f", (t > 0 ? 100 * (t - idle) / t : 0) }'
}
