window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "luo.pinglun@example.com",
      "createdVia" : "web",
      "username" : "luo_pinglun",
      "accountId" : "1173080322",
      "createdAt" : "2013-06-16T03:52:42.864Z",
      "accountDisplayName" : "罗评论"
    }
  }
]