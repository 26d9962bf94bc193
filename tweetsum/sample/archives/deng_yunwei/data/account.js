window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "deng.yunwei@example.com",
      "createdVia" : "web",
      "username" : "deng_yunwei",
      "accountId" : "906425380764269504",
      "createdAt" : "2017-09-09T07:53:46.978Z",
      "accountDisplayName" : "邓运维"
    }
  }
]