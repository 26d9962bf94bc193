window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "benchmark.bill@example.com",
      "createdVia" : "web",
      "username" : "benchmark_bill",
      "accountId" : "849120823998097958",
      "createdAt" : "2017-04-04T04:45:55.449Z",
      "accountDisplayName" : "Bill Ostrowski"
    }
  }
]