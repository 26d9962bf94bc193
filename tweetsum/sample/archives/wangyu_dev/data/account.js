window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "wangyu.dev@example.com",
      "createdVia" : "web",
      "username" : "wangyu_dev",
      "accountId" : "750878350246334823",
      "createdAt" : "2016-07-07T02:25:24.154Z",
      "accountDisplayName" : "王宇 写代码的"
    }
  }
]