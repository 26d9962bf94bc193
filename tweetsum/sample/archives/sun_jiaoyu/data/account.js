window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "sun.jiaoyu@example.com",
      "createdVia" : "web",
      "username" : "sun_jiaoyu",
      "accountId" : "1304010897618179092",
      "createdAt" : "2020-09-10T10:56:40.776Z",
      "accountDisplayName" : "孙老师"
    }
  }
]