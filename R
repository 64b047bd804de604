22:33:16 14423 minflt=371229 majflt=8 utime=946 stime=312 rss=1382300
